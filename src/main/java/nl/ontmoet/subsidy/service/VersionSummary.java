package nl.ontmoet.subsidy.service;

import java.time.Instant;

/** One submitted version in the list: "Versie 2 — ingediend 3-10-2026 door Cor Bakker". */
public record VersionSummary(int number, Instant submittedAt, String submittedBy) {
}
