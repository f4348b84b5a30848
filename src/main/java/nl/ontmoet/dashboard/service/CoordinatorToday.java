package nl.ontmoet.dashboard.service;

/**
 * A coordinator's day at one centre, as counts. {@code nearLimit} is null while the year has no allowance limits.
 */
public record CoordinatorToday(long centreId, String centreSlug, String centreName, int year,
                               long sessionsToday, long roomsToday, long sessionsThisWeek,
                               long hoursToApprove, Integer nearLimit,
                               long vogMissing, long vogExpired,
                               long expenseLinesNear, long incomeLinesBehind,
                               long subsidyDrafts, long changeRequests, long reportsDue, long reportsOverdue,
                               long agreementsOpen, long agreementsOverdue) {
}
