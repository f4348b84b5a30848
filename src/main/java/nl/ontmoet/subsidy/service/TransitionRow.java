package nl.ontmoet.subsidy.service;

import nl.ontmoet.subsidy.domain.SubsidyStatus;

import java.time.Instant;

/** One step of the timeline of an application. */
public record TransitionRow(Instant at, String actorName, SubsidyStatus from, SubsidyStatus to, String comment) {
}
