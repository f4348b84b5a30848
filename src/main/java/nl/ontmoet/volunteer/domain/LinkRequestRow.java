package nl.ontmoet.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A pending link request as the deciding coordinator sees it. */
public record LinkRequestRow(long id, String name, LocalDate dateOfBirth, String centreName, String requestedBy,
                             Instant requestedAt, String tasks) {
}
