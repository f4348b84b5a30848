package nl.ontmoet.programme.service;

import java.util.List;

/** The outcome of planning: how many sessions were created, and which occurrences were skipped and why. */
public record PlanResult(int created, Long seriesId, List<Skipped> skipped) {
}
