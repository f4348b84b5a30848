package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetData;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.subsidy.domain.DeadlineFact;
import nl.ontmoet.subsidy.domain.SubsidyQueries;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** Overviews across applications: what is due (Termijnen) and the context a reviewer needs. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyOverviewService {

    /** Reports show up this many days before their deadline. */
    public static final int REPORT_WARNING_DAYS = 30;
    /** The deadlines table is bounded: far more than a municipality has open at once. */
    static final int MAX_DEADLINES = 500;

    private final SubsidyQueries queries;
    private final ApplicationGuard guard;
    private final BudgetService centreBudgets;
    private final CentreAccess centreAccess;
    private final Clock clock;

    /** Everything due across all centres: late reports first, then reports due soon, then decisions. */
    @PreAuthorize(Roles.HAS_MANAGER)
    public List<DeadlineRow> deadlines() {
        return rows(null);
    }

    @PreAuthorize("isAuthenticated()")
    public List<DeadlineRow> deadlines(long centreId) {
        centreAccess.requireReadable(centreId);
        return rows(centreId);
    }

    private List<DeadlineRow> rows(Long centreId) {
        LocalDate today = LocalDate.now(clock);
        return queries.due(centreId, today.plusDays(REPORT_WARNING_DAYS), Limit.of(MAX_DEADLINES)).stream()
                .map(fact -> row(fact, today))
                .sorted(Comparator.comparing(DeadlineRow::kind).thenComparing(DeadlineRow::date))
                .toList();
    }

    private DeadlineRow row(DeadlineFact fact, LocalDate today) {
        if (fact.status() == SubsidyStatus.SUBMITTED) {
            LocalDate submittedOn = LocalDate.ofInstant(fact.submittedAt(), clock.getZone());
            return new DeadlineRow(DeadlineKind.DECISION, fact.applicationId(), fact.centreSlug(), fact.centreName(),
                    fact.title(), fact.schemeName(), submittedOn, ChronoUnit.DAYS.between(submittedOn, today),
                    submittedOn.plusWeeks(fact.decisionWeeks()));
        }
        LocalDate due = fact.reportDeadline();
        boolean late = due.isBefore(today);
        return new DeadlineRow(late ? DeadlineKind.REPORT_OVERDUE : DeadlineKind.REPORT_DUE, fact.applicationId(),
                fact.centreSlug(), fact.centreName(), fact.title(), fact.schemeName(), due,
                Math.abs(ChronoUnit.DAYS.between(today, due)), null);
    }

    /** The centre's budget for the scheme's year and its other applications, for the manager deciding. */
    @PreAuthorize(Roles.HAS_MANAGER)
    public ReviewContext reviewContext(long applicationId) {
        var application = guard.readable(applicationId);
        long centreId = application.getCentre().getId();
        int year = application.getScheme().getYear();
        BudgetData budget = centreBudgets.budget(centreId, year);
        var lines = budget.lines().stream().filter(l -> l.amount() != null && l.amount().signum() != 0).toList();
        return new ReviewContext(year, budget.exists(), lines, BudgetData.total(lines, Direction.EXPENSE),
                BudgetData.total(lines, Direction.INCOME), queries.earlierOfCentre(centreId, applicationId));
    }
}
