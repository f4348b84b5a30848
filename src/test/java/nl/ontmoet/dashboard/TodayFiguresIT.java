package nl.ontmoet.dashboard;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.service.AgreementRow;
import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.coaching.service.DevelopmentGoalService;
import nl.ontmoet.coaching.service.GoalRow;
import nl.ontmoet.dashboard.service.AdminTodayService;
import nl.ontmoet.dashboard.service.CentreFigures;
import nl.ontmoet.dashboard.service.ManagerTodayService;
import nl.ontmoet.dashboard.service.TodayService;
import nl.ontmoet.programme.domain.CalendarEntry;
import nl.ontmoet.programme.service.ProgrammeCalendarService;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.service.ApplicationRow;
import nl.ontmoet.subsidy.service.DeadlineKind;
import nl.ontmoet.subsidy.service.SchemeRow;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;
import nl.ontmoet.volunteer.domain.VolunteerRow;
import nl.ontmoet.volunteer.service.AllowanceLimitService;
import nl.ontmoet.volunteer.service.HoursService;
import nl.ontmoet.volunteer.service.VogService;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every figure of the start page agrees with what the detailed screen's service shows, on the demo data. */
@IntegrationTest
class TodayFiguresIT {

    @Autowired TestUsers users;
    @Autowired TestClock clock;
    @Autowired TodayService today;
    @Autowired ManagerTodayService managerToday;
    @Autowired AdminTodayService adminToday;
    @Autowired CentreService centres;
    @Autowired ProgrammeCalendarService calendar;
    @Autowired VolunteerService volunteers;
    @Autowired HoursService hours;
    @Autowired VogService vogs;
    @Autowired SubsidyApplicationService applications;
    @Autowired SubsidyOverviewService overview;
    @Autowired AgreementService agreements;
    @Autowired CoachingSessionService coaching;
    @Autowired DevelopmentGoalService goals;
    @Autowired BudgetService budgets;
    @Autowired LedgerService ledger;
    @Autowired UserAccountService accounts;
    @Autowired AllowanceLimitService limits;
    @Autowired SubsidySchemeService schemes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_coordinators_sessions_hours_vogs_subsidies_and_agreements_agree_with_their_screens() {
        users.as("coordinator", () -> {
            for (Centre centre : centres.myCentres()) {
                long id = centre.getId();
                var figures = today.coordinator(id);
                LocalDate day = clock.today();
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                List<CalendarEntry> week = sessions(id, monday, monday.plusDays(6));
                List<CalendarEntry> todays = sessions(id, day, day);
                assertThat(figures.sessionsToday()).isEqualTo(todays.size());
                assertThat(figures.roomsToday()).isEqualTo(todays.stream().map(CalendarEntry::roomId)
                        .filter(java.util.Objects::nonNull).distinct().count());
                assertThat(figures.sessionsThisWeek()).isEqualTo(week.size());
                assertThat(figures.hoursToApprove()).isEqualTo(unapprovedHours(id, day));

                var due = vogs.due(id);
                assertThat(figures.vogMissing() + figures.vogExpired()).isEqualTo(due.size());
                assertThat(figures.vogMissing()).isEqualTo(due.stream().filter(VogService.VogDue::missing).count());

                Map<SubsidyStatus, Long> byStatus = applications.page(id, PageRequest.of(0, 1000)).stream()
                        .collect(Collectors.groupingBy(ApplicationRow::status, Collectors.counting()));
                assertThat(figures.subsidyDrafts()).isEqualTo(byStatus.getOrDefault(SubsidyStatus.DRAFT, 0L));
                assertThat(figures.changeRequests())
                        .isEqualTo(byStatus.getOrDefault(SubsidyStatus.CHANGES_REQUESTED, 0L));
                var deadlines = overview.deadlines(id);
                assertThat(figures.reportsOverdue()).isEqualTo(deadlines.stream()
                        .filter(row -> row.kind() == DeadlineKind.REPORT_OVERDUE).count());
                assertThat(figures.reportsDue()).isEqualTo(deadlines.stream()
                        .filter(row -> row.kind() == DeadlineKind.REPORT_DUE).count());

                var mine = agreements.mine(true);
                assertThat(figures.agreementsOpen()).isEqualTo(mine.size());
                assertThat(figures.agreementsOverdue()).isEqualTo(mine.stream().filter(AgreementRow::overdue).count());
            }
        });
    }

    @Test
    void the_demo_data_gives_a_coordinator_something_to_do() {
        var figures = users.as("coordinator", () -> today.coordinator(centres.myCentres().getFirst().getId()));
        assertThat(figures.sessionsThisWeek() + figures.hoursToApprove() + figures.vogMissing()
                + figures.vogExpired() + figures.subsidyDrafts() + figures.reportsDue() + figures.reportsOverdue()
                + figures.agreementsOpen()).isPositive();
    }

    @Test
    void a_coordinator_never_sees_another_centres_figures_and_other_roles_none_of_theirs() {
        long pomhorst = users.as("coordinator2", () -> centres.myCentres().getFirst().getId());
        assertThatThrownBy(() -> users.as("coordinator", () -> today.coordinator(pomhorst)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.as("manager", () -> today.coordinator(pomhorst)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("coordinator", () -> managerToday.manager()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("coach", () -> managerToday.centresXlsx()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("manager", () -> adminToday.admin()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("coordinator", () -> today.coach()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coachs_agreements_and_goals_agree_with_the_coaching_screens() {
        users.as("coach", () -> {
            var figures = today.coach();
            var open = agreements.open();
            assertThat(figures.agreementsOpen()).isEqualTo(open.size());
            assertThat(figures.agreementsOverdue()).isEqualTo(open.stream().filter(AgreementRow::overdue).count());
            var coachees = coaching.coachees().stream().filter(c -> c.active()).toList();
            assertThat(figures.coachees()).isEqualTo(coachees);
            Map<GoalStatus, Long> byStatus = coachees.stream()
                    .flatMap(c -> goals.ofCoachee(c.coordinatorId()).stream())
                    .collect(Collectors.groupingBy(GoalRow::status, Collectors.counting()));
            assertThat(figures.goals()).isEqualTo(byStatus);
            assertThat(figures.coachees()).isNotEmpty();
        });
    }

    @Test
    void the_managers_decisions_and_centre_table_agree_with_deadlines_budgets_and_ledgers() {
        users.as("manager", () -> {
            var figures = managerToday.manager();
            var deadlines = overview.deadlines();
            assertThat(figures.decisions()).containsExactlyInAnyOrderElementsOf(deadlines.stream()
                    .filter(row -> row.kind() == DeadlineKind.DECISION).toList());
            assertThat(figures.reportsOverdue()).isEqualTo(deadlines.stream()
                    .filter(row -> row.kind() == DeadlineKind.REPORT_OVERDUE).count());
            int year = clock.today().getYear();
            var schemesThisYear = schemes.overview().stream().filter(scheme -> scheme.year() == year)
                    .map(SchemeRow::name).collect(Collectors.toSet());
            assertThat(figures.centres()).isNotEmpty();
            for (CentreFigures row : figures.centres()) {
                var report = budgets.report(row.centreId(), year);
                BigDecimal budgeted = report.budgeted(Direction.EXPENSE);
                BigDecimal expected = budgeted.signum() == 0 ? null : report.actual(Direction.EXPENSE)
                        .multiply(BigDecimal.valueOf(100)).divide(budgeted, 1, RoundingMode.HALF_UP);
                if (expected == null) {
                    assertThat(row.budgetUsedPercent()).as(row.name()).isNull();
                } else {
                    assertThat(row.budgetUsedPercent()).as(row.name()).isEqualByComparingTo(expected);
                }
                var totals = ledger.totals(row.centreId(), new LedgerFilter(LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), null, null, null));
                assertThat(row.balance()).as(row.name()).isEqualByComparingTo(totals.balance());
                var submitted = applications.page(row.centreId(), PageRequest.of(0, 1000)).stream()
                        .filter(app -> app.status() != SubsidyStatus.DRAFT)
                        .filter(app -> schemesThisYear.contains(app.schemeName())).toList();
                assertThat(row.subsidyRequested()).as(row.name()).isEqualByComparingTo(submitted.stream()
                        .map(ApplicationRow::requested).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        });
    }

    @Test
    void the_admin_sees_missing_allowance_limits_next_year_from_november_and_the_blocked_accounts() {
        users.as("admin", () -> {
            var figures = adminToday.admin();
            long blocked = accounts.search("", PageRequest.of(0, 1000)).stream().filter(a -> !a.isEnabled()).count();
            assertThat(figures.blockedAccounts()).isEqualTo(blocked);
            assertThat(figures.missingLimitsYear()).isEqualTo(expectedMissingYear(true));
            clock.set(LocalDateTime.of(clock.today().getYear(), 10, 1, 9, 0));
            assertThat(adminToday.admin().missingLimitsYear()).isEqualTo(expectedMissingYear(false));
        });
    }

    private Integer expectedMissingYear(boolean novemberOrLater) {
        int year = clock.today().getYear();
        if (limits.forYear(year).isEmpty()) {
            return year;
        }
        return novemberOrLater && limits.forYear(year + 1).isEmpty() ? year + 1 : null;
    }

    private List<CalendarEntry> sessions(long centreId, LocalDate from, LocalDate to) {
        return calendar.ofCentre(centreId, from.minusDays(1), to.plusDays(1)).stream()
                .filter(entry -> !entry.cancelled() && entry.sessionId() != null)
                .filter(entry -> !entry.startsAt().toLocalDate().isBefore(from)
                        && !entry.startsAt().toLocalDate().isAfter(to))
                .toList();
    }

    private long unapprovedHours(long centreId, LocalDate day) {
        long count = 0;
        for (VolunteerRow volunteer : volunteers.page(centreId, PageRequest.of(0, 1000))) {
            for (int back = 0; back < 24; back++) {
                YearMonth month = YearMonth.from(day).minusMonths(back);
                count += hours.rows(centreId, volunteer.volunteerId(), month).stream()
                        .filter(row -> row.approvedBy() == null).count();
            }
        }
        return count;
    }
}
