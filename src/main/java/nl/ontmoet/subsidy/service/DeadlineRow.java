package nl.ontmoet.subsidy.service;

import java.time.LocalDate;

/**
 * One thing that is due. {@code date} is the submission day for a decision and the report deadline for a
 * report; {@code days} counts days waiting (decision), days left (report due) or days late (overdue).
 */
public record DeadlineRow(DeadlineKind kind, long applicationId, String centreSlug, String centreName, String title,
                          String schemeName, LocalDate date, long days) {

    public boolean overdue() {
        return kind == DeadlineKind.REPORT_OVERDUE;
    }
}
