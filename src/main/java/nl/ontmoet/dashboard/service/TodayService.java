package nl.ontmoet.dashboard.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ReportLine;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.coaching.service.AgreementRow;
import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.service.DeadlineKind;
import nl.ontmoet.subsidy.service.DeadlineRow;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;
import nl.ontmoet.volunteer.service.NearLimitService;
import nl.ontmoet.volunteer.service.VogService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The start page ("Vandaag") of coordinators and coaches: what needs doing, as counts that the page links to the
 * screen where it is done. A coordinator sees only the centres they coordinate, a coach only their own coachees.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TodayService {

    private final TodayQueries queries;
    private final CentreAccess centreAccess;
    private final CurrentUser currentUser;
    private final VogService vogs;
    private final NearLimitService nearLimits;
    private final BudgetService budgets;
    private final SubsidyOverviewService subsidies;
    private final AgreementService agreements;
    private final CoachingSessionService coaching;
    private final Clock clock;

    /** The coordinator's figures for one of their own centres. */
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public CoordinatorToday coordinator(long centreId) {
        Centre centre = centreAccess.requireReadable(centreId);
        centreAccess.requireManageable(centreId);
        LocalDate today = LocalDate.now(clock);
        long[] todays = queries.sessions(centreId, today.atStartOfDay(), today.plusDays(1).atStartOfDay());
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long[] week = queries.sessions(centreId, monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay());
        var vogDue = vogs.due(centreId);
        long vogMissing = vogDue.stream().filter(VogService.VogDue::missing).count();
        Integer nearLimit = nearLimits.nearLimit(centreId, today.getYear()).map(List::size).orElse(null);
        var lines = budgets.report(centreId, today.getYear()).lines();
        var byStatus = queries.applicationsByStatus(centreId);
        List<DeadlineRow> deadlines = subsidies.deadlines(centreId);
        List<AgreementRow> open = agreements.mine(true);
        return new CoordinatorToday(centreId, centre.getSlug(), centre.getName(), today.getYear(), todays[0], todays[1], week[0],
                queries.hoursToApprove(centreId), nearLimit, vogMissing, vogDue.size() - vogMissing,
                lines.stream().filter(TodayService::expenseNearOrOver).count(),
                lines.stream().filter(line -> incomeBehind(line, today)).count(),
                byStatus.getOrDefault(SubsidyStatus.DRAFT, 0L), byStatus.getOrDefault(SubsidyStatus.CHANGES_REQUESTED, 0L),
                count(deadlines, DeadlineKind.REPORT_DUE), count(deadlines, DeadlineKind.REPORT_OVERDUE),
                open.size(), open.stream().filter(AgreementRow::overdue).count());
    }

    /** The coach's current coachees, open agreements of their sessions and those coachees' goals by status. */
    @PreAuthorize(Roles.HAS_COACH)
    public CoachToday coach() {
        List<AgreementRow> open = agreements.open();
        var coachees = coaching.coachees().stream().filter(c -> c.active()).toList();
        return new CoachToday(coachees, open.size(), open.stream().filter(AgreementRow::overdue).count(),
                queries.goalsOfCoach(currentUser.id(), coachees.stream().map(c -> c.coordinatorId()).toList()));
    }

    static boolean expenseNearOrOver(ReportLine line) {
        return line.direction() == Direction.EXPENSE && line.status(line.actual()) != ReportLine.Status.OK;
    }

    /**
     * An income line is behind when less has come in than the part of the year that has passed: at 0 % in
     * December it is behind, at 97 % it is not.
     */
    static boolean incomeBehind(ReportLine line, LocalDate today) {
        if (line.direction() != Direction.INCOME || line.budgeted().signum() <= 0) {
            return false;
        }
        BigDecimal passed = BigDecimal.valueOf(today.getDayOfYear());
        BigDecimal expectedSoFar = line.budgeted().multiply(passed);
        return line.actual().multiply(BigDecimal.valueOf(today.lengthOfYear())).compareTo(expectedSoFar) < 0;
    }

    private static long count(List<DeadlineRow> rows, DeadlineKind kind) {
        return rows.stream().filter(row -> row.kind() == kind).count();
    }
}
