package nl.ontmoet.bookkeeping.ui;

import nl.ontmoet.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class BudgetViewTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_makes_a_budget_with_live_totals_and_a_negative_amount_is_refused_at_its_line() {
        var view = navigate(BudgetView.class, Map.of("centre", NUDE, "year", "2015"));
        assertThat(view.editor.createBudget.isVisible()).isTrue();
        test(view.editor.createBudget).click();
        assertThat(view.editor.amounts).containsKeys("PERSONEEL", "SUBSIDIE");

        test(view.editor.amounts.get("SUBSIDIE")).setValue(new BigDecimal("50000"));
        test(view.editor.amounts.get("PERSONEEL")).setValue(new BigDecimal("30000"));
        test(view.editor.amounts.get("ONDERHOUD")).setValue(new BigDecimal("1500.50"));
        assertThat(view.editor.totals.income.getText()).isEqualTo("Inkomsten: € 50.000,00");
        assertThat(view.editor.totals.expense.getText()).isEqualTo("Uitgaven: € 31.500,50");
        assertThat(view.editor.totals.balance.getText()).isEqualTo("Saldo: € 18.499,50");

        test(view.editor.amounts.get("ONDERHOUD")).setValue(new BigDecimal("-10"));
        test(view.editor.save).click();
        assertThat(view.editor.amounts.get("ONDERHOUD").isInvalid()).isTrue();
        assertThat(view.editor.amounts.get("ONDERHOUD").getErrorMessage()).isEqualTo("Een begroot bedrag kan niet negatief zijn.");

        test(view.editor.amounts.get("ONDERHOUD")).setValue(new BigDecimal("1500.50"));
        test(view.editor.save).click();
        assertThat(view.editor.amounts.get("PERSONEEL").getValue()).isEqualByComparingTo("30000");
        assertThat(test(view.reportPanel.report).size()).isPositive();
    }

    @Test
    @WithUserDetails("coach")
    void granted_subsidies_are_shown_read_only_and_counted_in_the_income_total() {
        var view = navigate(BudgetView.class, Map.of("centre", NUDE, "year",
                String.valueOf(TestClock.TODAY.getYear())));
        var summer = view.editor.expected.amounts.get("Subsidie: Zomerprogramma voor ouderen (verleend)");
        assertThat(summer).isNotNull();
        assertThat(summer.getValue()).isEqualByComparingTo("4500");
        assertThat(summer.isReadOnly()).isTrue();
        BigDecimal budgeted = jdbc.queryForObject("""
                select coalesce(sum(l.amount), 0) from budget_line l join budget b on b.id = l.budget_id
                join category c on c.id = l.category_id join centre ce on ce.id = b.centre_id
                where ce.slug = ? and b.budget_year = ? and c.direction = 'INCOME'""", BigDecimal.class, NUDE,
                TestClock.TODAY.getYear());
        BigDecimal expectedIncome = view.editor.expected.amounts.values().stream().map(f -> f.getValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(view.editor.totals.income.getText()).isEqualTo("Inkomsten: " + Formats.DUTCH.money(budgeted.add(expectedIncome)));
    }

    @Test
    @WithUserDetails("coordinator")
    void this_years_demo_budget_shows_budget_versus_actual() {
        var view = navigate(BudgetView.class, Map.of("centre", NUDE));
        assertThat(view.year.getValue()).isEqualTo(TestClock.TODAY.getYear());
        assertThat(view.editor.createBudget.isVisible()).isFalse();
        assertThat(view.editor.amounts.get("SUBSIDIE").getValue()).isPositive();
        assertThat(test(view.reportPanel.report).size()).isGreaterThanOrEqualTo(11);
        assertThat(view.yearClose.closeYear.isVisible()).isTrue();
        assertThat(view.yearClose.reopenYear.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_reads_the_budget_without_editing() {
        var view = navigate(BudgetView.class, Map.of("centre", NUDE));
        assertThat(view.editor.save.isVisible()).isFalse();
        assertThat(view.editor.amounts.get("SUBSIDIE").isReadOnly()).isTrue();
        assertThat(view.yearClose.closeYear.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_budget_is_not_found() {
        navigate("centres/" + NUDE + "/budget/2025", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
