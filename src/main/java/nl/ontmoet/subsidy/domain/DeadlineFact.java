package nl.ontmoet.subsidy.domain;

import java.time.Instant;
import java.time.LocalDate;

/** An application that has something due: a decision (submitted) or an accountability report (granted). */
public record DeadlineFact(long applicationId, String centreSlug, String centreName, String title,
                           String schemeName, SubsidyStatus status, Instant submittedAt, LocalDate reportDeadline,
                           int decisionWeeks) {
}
