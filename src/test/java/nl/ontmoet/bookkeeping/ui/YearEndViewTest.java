package nl.ontmoet.bookkeeping.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.ontmoet.bookkeeping.service.YearEndService;
import nl.ontmoet.centre.domain.CentreRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class YearEndViewTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    YearEndService yearEndService;
    @Autowired
    CentreRepository centres;

    @Test
    @WithUserDetails("coordinator")
    void the_screen_shows_the_statement_of_an_open_year_as_provisional_with_its_result_and_balanced_totals() {
        var view = navigate(YearEndView.class, Map.of("centre", NUDE, "year", "2025"));
        long nude = centres.findBySlug(NUDE).orElseThrow().getId();
        var statement = yearEndService.statement(nude, 2025);

        assertThat(view.status.getText()).isEqualTo("Voorlopig: 2025 is nog niet afgesloten");
        var rows = test(view.incomeStatement);
        var result = rows.size() - 1;
        assertThat(rows.getCellText(result, 0)).isEqualTo("Resultaat");
        assertThat(rows.getCellText(result, 2)).isEqualTo(nl.ontmoet.base.format.Formats.DUTCH.money(statement.result()));
        var balance = test(view.balance);
        assertThat(balance.getCellText(balance.size() - 1, 0)).isEqualTo("Totaal passiva");
        assertThat(balance.getCellText(balance.size() - 1, 2))
                .isEqualTo(nl.ontmoet.base.format.Formats.DUTCH.money(statement.assets()));
        assertThat(view.balanceHeading.getText()).isEqualTo("Balans per 31-12-2025");
        assertThat(view.pdf.getText()).contains("PDF");
    }

    @Test
    @WithUserDetails("coordinator")
    void the_budget_links_to_the_year_end_statement_of_its_year() {
        var view = navigate(BudgetView.class, Map.of("centre", NUDE, "year", "2025"));
        assertThat(view.yearClose.yearEnd.getText()).isEqualTo("Voorlopige jaarrekening 2025");
        assertThat(view.yearClose.yearEnd.getHref()).isEqualTo("centres/" + NUDE + "/year-end/2025");
    }

    @Test
    @WithUserDetails("coordinator")
    void closing_a_year_in_the_budget_leads_to_its_final_year_end_statement() {
        var budget = navigate(BudgetView.class, Map.of("centre", NUDE, "year", "2025"));
        test(budget.yearClose.closeYear).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).confirm();

        assertThat(getCurrentView()).isInstanceOf(YearEndView.class);
        var view = (YearEndView) getCurrentView();
        assertThat(view.year.getValue()).isEqualTo(2025);
        assertThat(view.status.getText()).isEqualTo("Definitief: 2025 is afgesloten");
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_reading_the_budget_is_not_offered_the_boards_statement() {
        var view = navigate(BudgetView.class, Map.of("centre", NUDE, "year", "2025"));
        assertThat(view.yearClose.yearEnd.isVisible()).isFalse();
    }
}
