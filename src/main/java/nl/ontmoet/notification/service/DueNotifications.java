package nl.ontmoet.notification.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.notification.domain.NotificationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The reminders of the day, made by the daily job: a report due within 14 days, a coaching agreement due
 * tomorrow, a VOG that reaches its maximum age within 30 days, next year's allowance limits missing from
 * 1 November. Each is stored once per recipient and due date, so a job that runs twice, or catches up after a
 * missed day, adds no duplicates.
 */
@Service
@RequiredArgsConstructor
public class DueNotifications {

    static final int REPORT_DAYS = 14;
    static final int AGREEMENT_DAYS = 1;
    static final int VOG_DAYS = 30;
    static final Month LIMITS_FROM = Month.NOVEMBER;

    private final DueQueries queries;
    private final Recipients recipients;
    private final NotificationWriter writer;
    private final Clock clock;

    /** The nightly job (no user): stores today's reminders; returns how many are new. */
    @Transactional
    public int createDue() {
        LocalDate today = LocalDate.now(clock);
        return reports(today) + agreements(today) + vogs(today) + limits(today);
    }

    private int reports(LocalDate today) {
        int stored = 0;
        for (var report : queries.reportsDue(today, today.plusDays(REPORT_DAYS))) {
            stored += writer.notify(recipients.coordinatorsOf(report.centreId()), NotificationKind.REPORT_DUE,
                    report.applicationId(), report.title(), report.dueOn(),
                    "centres/" + report.centreSlug() + "/subsidies/" + report.applicationId());
        }
        return stored;
    }

    private int agreements(LocalDate today) {
        int stored = 0;
        for (var agreement : queries.agreementsDue(today, today.plusDays(AGREEMENT_DAYS))) {
            stored += writer.notify(List.of(agreement.coachId(), agreement.coordinatorId()),
                    NotificationKind.AGREEMENT_DUE, agreement.agreementId(), null, agreement.dueOn(),
                    "coaching/sessions/" + agreement.sessionId());
        }
        return stored;
    }

    private int vogs(LocalDate today) {
        int years = queries.vogMaxAgeYears();
        int stored = 0;
        for (var vog : queries.vogsDated(today.minusYears(years), today.plusDays(VOG_DAYS).minusYears(years))) {
            stored += writer.notify(recipients.coordinatorsOf(vog.centreId()), NotificationKind.VOG_EXPIRING,
                    vog.engagementId(), vog.centreName(), vog.vogDate().plusYears(years),
                    "centres/" + vog.centreSlug() + "/volunteers/" + vog.volunteerId());
        }
        return stored;
    }

    private int limits(LocalDate today) {
        int next = today.getYear() + 1;
        if (today.getMonth().compareTo(LIMITS_FROM) < 0 || queries.limitsEntered(next)) {
            return 0;
        }
        return writer.notify(recipients.withRole(Role.ADMIN), NotificationKind.LIMITS_MISSING, next,
                String.valueOf(next), LocalDate.of(next, 1, 1), "admin/allowance-limits");
    }
}
