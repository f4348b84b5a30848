package nl.ontmoet.figures;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BookkeepingFigures;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.figures.service.AnnualFigures;
import nl.ontmoet.figures.service.AnnualFigures.CentreRow;
import nl.ontmoet.figures.service.AnnualFiguresExport;
import nl.ontmoet.figures.service.AnnualFiguresService;
import nl.ontmoet.programme.service.AttendanceService;
import nl.ontmoet.programme.service.AttendanceTotal;
import nl.ontmoet.programme.service.ProgrammeFigures;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.service.SubsidyFigures;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import nl.ontmoet.volunteer.domain.HoursEntry;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.service.VolunteerFigures;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every annual figure against what the detailed screen (or the records themselves) says, on the demo data. */
@IntegrationTest
@Transactional
class AnnualFiguresIT {

    static final int YEAR = TestClock.TODAY.getYear();

    @Autowired AnnualFiguresService figures;
    @Autowired AnnualFiguresExport export;
    @Autowired LedgerService ledger;
    @Autowired BudgetService budgets;
    @Autowired AttendanceService attendance;
    @Autowired SubsidyApplicationRepository applications;
    @Autowired HoursEntryRepository hours;
    @Autowired AllowancePaymentRepository payments;
    @Autowired ProgrammeFigures programmeFigures;
    @Autowired VolunteerFigures volunteerFigures;
    @Autowired SubsidyFigures subsidyFigures;
    @Autowired BookkeepingFigures bookkeepingFigures;

    @Test
    @WithUserDetails("manager")
    void each_centres_income_expenses_and_budget_agree_with_its_ledger_and_budget_screens() {
        var data = figures.of(YEAR, null);
        assertThat(data.centres()).hasSizeGreaterThan(1);
        assertThat(data.centres()).anySatisfy(row -> assertThat(row.expenses()).isPositive());
        for (CentreRow row : data.centres()) {
            var totals = ledger.totals(row.centreId(), LedgerFilter.year(YEAR));
            assertThat(row.income()).as(row.name()).isEqualByComparingTo(totals.income());
            assertThat(row.expenses()).as(row.name()).isEqualByComparingTo(totals.expense());
            assertThat(row.budgetedExpenses()).as(row.name())
                    .isEqualByComparingTo(budgets.report(row.centreId(), YEAR).budgeted(Direction.EXPENSE));
        }
        assertThat(data.total().expenses()).isEqualByComparingTo(
                data.centres().stream().map(CentreRow::expenses).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    @WithUserDetails("manager")
    void the_categories_of_one_centre_agree_with_its_budget_versus_actual() {
        long centreId = busiestCentre().centreId();
        var data = figures.of(YEAR, centreId);
        var report = budgets.report(centreId, YEAR);
        var shown = report.lines().stream()
                .filter(l -> l.budgeted().signum() != 0 || l.actual().signum() != 0).toList();
        assertThat(shown).isNotEmpty();
        for (var line : shown) {
            var figure = data.categories().stream().filter(c -> c.name().equals(line.name())).findFirst().orElseThrow();
            assertThat(figure.budgeted()).as(line.name()).isEqualByComparingTo(line.budgeted());
            assertThat(figure.actual()).as(line.name()).isEqualByComparingTo(line.actual());
            assertThat(figure.direction()).isEqualTo(line.direction());
        }
        assertThat(data.categories()).allSatisfy(c -> assertThat(c.budgeted().signum() != 0
                || c.actual().signum() != 0 || shown.stream().noneMatch(l -> l.name().equals(c.name()))).isTrue());
    }

    @Test
    @WithUserDetails("manager")
    void visitors_per_centre_and_per_month_agree_with_the_attendance_screen() {
        var data = figures.of(YEAR, null);
        assertThat(data.total().visitors()).isPositive();
        for (CentreRow row : data.centres()) {
            assertThat(row.visitors()).as(row.name()).isEqualTo(attendanceOf(row.centreId(), t -> true));
        }
        long centreId = busiestCentre().centreId();
        var ofCentre = figures.of(YEAR, centreId);
        for (var month : ofCentre.months()) {
            assertThat(month.visitors()).as("maand " + month.month())
                    .isEqualTo(attendanceOf(centreId, t -> t.month() == month.month()));
        }
        assertThat(ofCentre.chosen().centreId()).isEqualTo(centreId);
        assertThat(ofCentre.types().stream().mapToLong(AnnualFigures.TypeRow::visitors).sum())
                .isEqualTo(ofCentre.chosen().visitors());
    }

    @Test
    @WithUserDetails("manager")
    void subsidies_and_volunteering_agree_with_the_records_of_the_year() {
        // the demo volunteers worked and were paid in the last year with allowance limits, the subsidies are of this one
        var lastYear = agreeWithRecords(YEAR - 1);
        var thisYear = agreeWithRecords(YEAR);
        assertThat(thisYear.total().grantedAmount()).isPositive();
        assertThat(lastYear.total().hours().add(thisYear.total().hours())).isPositive();
        assertThat(lastYear.total().allowances().add(thisYear.total().allowances())).isPositive();
    }

    private AnnualFigures agreeWithRecords(int year) {
        var data = figures.of(year, null);
        List<SubsidyApplication> all = applications.findAll();
        List<HoursEntry> worked = hours.findAll().stream().filter(h -> h.getApprovedAt() != null
                && h.getWorkDate().getYear() == year).toList();
        for (CentreRow row : data.centres()) {
            var granted = all.stream().filter(a -> a.getCentre().getId().equals(row.centreId())
                    && a.getGrantedAmount() != null && in(year, a.getDecidedAt()))
                    .map(SubsidyApplication::getGrantedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(row.grantedAmount()).as(row.name()).isEqualByComparingTo(granted);
            var settled = all.stream().filter(a -> a.getCentre().getId().equals(row.centreId())
                    && in(year, a.getSettledAt())).map(SubsidyApplication::getFinalAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(row.settledAmount()).as(row.name()).isEqualByComparingTo(settled);
            var ofCentre = worked.stream().filter(h -> h.getCentre().getId().equals(row.centreId())).toList();
            assertThat(row.hours()).as(row.name()).isEqualByComparingTo(
                    ofCentre.stream().map(HoursEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(row.volunteers()).isEqualTo(ofCentre.stream().map(h -> h.getVolunteer().getId()).distinct().count());
            var allowances = payments.findAll().stream().filter(p -> p.getCentre().getId().equals(row.centreId())
                    && p.getKind() != PaymentKind.REIMBURSEMENT && p.getPaymentDate().getYear() == year)
                    .map(p -> p.getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(row.allowances()).as(row.name()).isEqualByComparingTo(allowances);
        }
        assertThat(data.distinctVolunteers())
                .isEqualTo(worked.stream().map(h -> h.getVolunteer().getId()).distinct().count())
                .isLessThanOrEqualTo(data.total().volunteers());
        return data;
    }

    @Test
    @WithUserDetails("manager")
    void the_centre_table_downloads_with_a_totals_row_of_formulas() throws Exception {
        var data = figures.of(YEAR, null);
        var file = export.centresXlsx(YEAR);
        assertThat(file.fileName()).isEqualTo("jaarcijfers-centra-" + YEAR + ".xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(data.centres().size() + 2);
            var first = data.centres().getFirst();
            assertThat(rows.get(1).getCellText(0)).isEqualTo(first.name());
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(first.visitors()));
            assertThat(rows.get(1).getCellAsNumber(14).orElseThrow()).isEqualByComparingTo(first.expenses());
            var total = rows.getLast();
            assertThat(total.getCellText(0)).isEqualTo("Totaal");
            assertThat(total.getCell(3).getFormula()).isEqualTo("SUM(D2:D" + (rows.size() - 1) + ")");
            assertThat(total.getCell(14).getFormula()).isEqualTo("SUM(O2:O" + (rows.size() - 1) + ")");
        }
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_gets_no_municipal_figures() {
        assertThatThrownBy(() -> figures.of(YEAR, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.centresXlsx(YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmeFigures.perCentre(YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volunteerFigures.perCentre(YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subsidyFigures.perCentre(YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookkeepingFigures.perCentre(YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_gets_no_municipal_figures() {
        assertThatThrownBy(() -> figures.of(YEAR, null)).isInstanceOf(AccessDeniedException.class);
    }

    private CentreRow busiestCentre() {
        return figures.of(YEAR, null).centres().stream()
                .max(java.util.Comparator.comparing(CentreRow::expenses)).orElseThrow();
    }

    private long attendanceOf(long centreId, Predicate<AttendanceTotal> which) {
        return attendance.attendanceTotals(centreId).stream().filter(t -> t.year() == YEAR).filter(which)
                .mapToLong(AttendanceTotal::visitors).sum();
    }

    private static boolean in(int year, Instant moment) {
        return moment != null && !moment.isBefore(LocalDate.of(year, 1, 1).atStartOfDay(TestClock.ZONE).toInstant())
                && moment.isBefore(LocalDate.of(year + 1, 1, 1).atStartOfDay(TestClock.ZONE).toInstant());
    }
}
