package nl.ontmoet.dashboard.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.volunteer.service.AllowanceLimitService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;

/** The admin's start page: allowance limits to enter, blocked accounts and recent refused logins. */
@Service
@PreAuthorize(Roles.HAS_ADMIN)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AdminTodayService {

    /** From this month on, next year's allowance limits are asked for. */
    static final Month LIMITS_FOR_NEXT_YEAR_FROM = Month.NOVEMBER;
    static final Duration FAILED_LOGIN_WINDOW = Duration.ofDays(7);
    static final int RECENT_FAILED_LOGINS = 5;

    private final TodayQueries queries;
    private final AllowanceLimitService limits;
    private final Clock clock;

    public AdminToday admin() {
        var since = clock.instant().minus(FAILED_LOGIN_WINDOW);
        return new AdminToday(missingLimitsYear(), queries.blockedAccounts(), queries.failedLoginsSince(since),
                queries.recentFailedLogins(since, RECENT_FAILED_LOGINS));
    }

    private Integer missingLimitsYear() {
        LocalDate today = LocalDate.now(clock);
        if (limits.forYear(today.getYear()).isEmpty()) {
            return today.getYear();
        }
        boolean nextYearDue = today.getMonth().compareTo(LIMITS_FOR_NEXT_YEAR_FROM) >= 0;
        return nextYearDue && limits.forYear(today.getYear() + 1).isEmpty() ? today.getYear() + 1 : null;
    }
}
