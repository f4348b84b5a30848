package nl.ontmoet.dashboard.service;

import java.util.List;

/**
 * An admin's day. {@code missingLimitsYear} is next year from November on while its allowance limits are not
 * entered (the current year whenever that one lacks them), else null.
 */
public record AdminToday(Integer missingLimitsYear, long blockedAccounts, long failedLoginsThisWeek,
                         List<FailedLogin> recentFailedLogins) {
}
