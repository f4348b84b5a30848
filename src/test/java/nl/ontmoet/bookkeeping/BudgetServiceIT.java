package nl.ontmoet.bookkeeping;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetLineData;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ReportLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.NUDE;
import static nl.ontmoet.bookkeeping.BookkeepingFixtures.POMHORST;
import static nl.ontmoet.bookkeeping.BookkeepingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class BudgetServiceIT {

    @Autowired
    BudgetService budgets;
    @Autowired
    BookkeepingFixtures fixtures;

    @Test
    @WithUserDetails("coordinator")
    void one_budget_per_centre_and_year_and_a_second_is_refused_at_the_year() {
        long nude = fixtures.centre(NUDE);
        var created = budgets.create(nude, 2019);
        assertThat(created.exists()).isTrue();
        assertThat(created.lines()).extracting(BudgetLineData::code).contains("SUBSIDIE", "PERSONEEL");
        assertThatThrownBy(() -> budgets.create(nude, 2019))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("bookkeeping.budget.error.duplicate");
                    assertThat(e.getField()).contains("year");
                });
        assertThatThrownBy(() -> budgets.create(nude, 1999)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_new_year_starts_as_a_copy_of_last_years_budget() {
        long nude = fixtures.centre(NUDE);
        int thisYear = TestClock.TODAY.getYear();
        var last = budgets.budget(nude, thisYear);
        assertThat(last.exists()).as("demo data has this year's budget").isTrue();
        var copy = budgets.copyPreviousYear(nude, thisYear + 1);
        assertThat(copy.lines()).extracting(BudgetLineData::amount)
                .containsExactlyElementsOf(last.lines().stream().map(BudgetLineData::amount).toList());
        assertThatThrownBy(() -> budgets.copyPreviousYear(nude, 2010))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.budget.error.noPrevious"));
    }

    @Test
    @WithUserDetails("coordinator")
    void amounts_are_stored_and_bad_amounts_are_refused_at_their_line() {
        long nude = fixtures.centre(NUDE);
        var budget = budgets.create(nude, 2018);
        var saved = budgets.save(nude, 2018, budget.version(),
                with(budget.lines(), "PERSONEEL", "40000.00", "Beheerder 24 uur"));
        assertThat(saved.lines()).filteredOn(l -> l.code().equals("PERSONEEL")).singleElement()
                .satisfies(l -> {
                    assertThat(l.amount()).isEqualByComparingTo("40000.00");
                    assertThat(l.note()).isEqualTo("Beheerder 24 uur");
                });
        assertThat(saved.version()).isGreaterThan(budget.version());

        for (String bad : List.of("-1.00", "0.001", "10000000")) {
            assertThatThrownBy(() -> budgets.save(nude, 2018, saved.version(), with(saved.lines(), "ONDERHOUD", bad, null)))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.getField()).contains("amount-ONDERHOUD"));
        }
        // someone else saved meanwhile: the stale version is refused
        assertThatThrownBy(() -> budgets.save(nude, 2018, budget.version(), saved.lines()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void budget_versus_actual_per_category_per_month_and_cumulative_comes_from_one_grouped_query() {
        long nude = fixtures.centre(NUDE);
        var budget = budgets.create(nude, 2017);
        var lines = with(budget.lines(), "ACTIVITEITEN", "1000.00", null);
        lines = with(lines, "ONDERHOUD", "100.00", null);
        lines = with(lines, "SUBSIDIE", "5000.00", null);
        budgets.save(nude, 2017, budget.version(), lines);
        var activities = fixtures.category("ACTIVITEITEN");
        fixtures.book(nude, activities, LocalDate.of(2017, 3, 5), "950.00", "Zomerfeest");
        fixtures.book(nude, activities, LocalDate.of(2017, 5, 9), "100.00", "Kerstmarkt");
        fixtures.book(nude, fixtures.category("ONDERHOUD"), LocalDate.of(2017, 5, 1), "91.00", "Verf");
        fixtures.book(nude, fixtures.category("SUBSIDIE"), LocalDate.of(2017, 1, 20), "2500.00", "Voorschot");
        // another year and another centre do not count
        fixtures.book(nude, activities, LocalDate.of(2016, 12, 31), "999.00", "Oud jaar");

        var report = budgets.report(nude, 2017);
        ReportLine act = line(report.lines(), "ACTIVITEITEN");
        assertThat(act.budgeted()).isEqualByComparingTo("1000.00");
        assertThat(act.actual()).isEqualByComparingTo("1050.00");
        assertThat(act.difference()).isEqualByComparingTo("-50.00");
        assertThat(act.percentUsed()).isEqualByComparingTo("105.0");
        assertThat(act.status(act.actual())).isEqualTo(ReportLine.Status.OVER);
        assertThat(act.actualIn(3)).isEqualByComparingTo("950.00");
        assertThat(act.actualThrough(4)).isEqualByComparingTo("950.00");
        assertThat(act.status(act.actualThrough(4))).isEqualTo(ReportLine.Status.NEAR);
        assertThat(line(report.lines(), "ONDERHOUD").status(new BigDecimal("91.00"))).isEqualTo(ReportLine.Status.NEAR);
        ReportLine subsidy = line(report.lines(), "SUBSIDIE");
        assertThat(subsidy.percentUsed()).isEqualByComparingTo("50.0");
        assertThat(subsidy.status(subsidy.actual())).isEqualTo(ReportLine.Status.OK);
        assertThat(report.actual(Direction.EXPENSE)).isEqualByComparingTo("1141.00");
        assertThat(report.budgeted(Direction.INCOME)).isEqualByComparingTo("5000.00");
        assertThat(report.cumulative(Direction.EXPENSE).get(11)).isEqualByComparingTo("1141.00");
        assertThat(report.cumulative(Direction.EXPENSE).get(2)).isEqualByComparingTo("950.00");
    }

    private static ReportLine line(List<ReportLine> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("coordinator")
    void another_centres_budget_is_neither_read_nor_written() {
        long pomhorst = fixtures.centre(POMHORST);
        assertThatThrownBy(() -> budgets.budget(pomhorst, 2020)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> budgets.report(pomhorst, 2020)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> budgets.create(pomhorst, 2020)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_budgets_but_does_not_write_them() {
        long pomhorst = fixtures.centre(POMHORST);
        assertThat(budgets.budget(pomhorst, TestClock.TODAY.getYear()).exists()).isTrue();
        assertThat(budgets.canEdit(pomhorst)).isFalse();
        assertThatThrownBy(() -> budgets.create(pomhorst, 2020)).isInstanceOf(RecordNotFoundException.class);
    }
}
