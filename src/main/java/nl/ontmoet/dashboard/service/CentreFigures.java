package nl.ontmoet.dashboard.service;

import java.math.BigDecimal;

/**
 * One centre in the manager's table for a year. {@code budgetUsedPercent} is actual against budgeted expenses
 * (null without a budget); {@code balance} is actual income minus actual expenses; coaching only as a count.
 */
public record CentreFigures(long centreId, String slug, String name, String district,
                            BigDecimal budgetUsedPercent, BigDecimal balance,
                            BigDecimal subsidyRequested, BigDecimal subsidyGranted,
                            long activeVolunteers, long coachingSessionsThisQuarter) {
}
