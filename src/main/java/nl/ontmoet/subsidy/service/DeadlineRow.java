package nl.ontmoet.subsidy.service;

import java.time.LocalDate;

/**
 * One thing that is due. {@code date} is the submission day for a decision and the report deadline for a
 * report; {@code days} counts days waiting (decision), days left (report due) or days late (overdue);
 * {@code decideBy} is the end of the scheme's decision period (beslistermijn) for a decision, null for a report.
 */
public record DeadlineRow(DeadlineKind kind, long applicationId, String centreSlug, String centreName, String title,
                          String schemeName, LocalDate date, long days, LocalDate decideBy) {

    public boolean overdue() {
        return kind == DeadlineKind.REPORT_OVERDUE;
    }
}
