package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExpectedIncome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.POMHORST;
import static nl.ontmoet.subsidy.SubsidyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Granted subsidies as expected income in the centre's budget. Rolled back. */
@IntegrationTest
@Transactional
class SubsidyExpectedIncomeIT extends SubsidyServicesBase {

    @Autowired
    BudgetService budgets;

    @Override
    protected String schemeCeiling() {
        return "20000";
    }

    @Test
    void granted_and_settled_subsidies_are_expected_income_in_the_budget_of_the_scheme_year() {
        fixture.granted(scheme, "Budget: verleend", "3000");
        long settled = fixture.granted(scheme, "Budget: vastgesteld", "2000");
        fixture.as("coordinator", () -> reports.submit(settled, report(5, 50, 2)));
        fixture.as("manager", () -> settlements.settle(settled, new BigDecimal("1500"), "Minder kosten"));
        fixture.submitted(scheme, "Budget: nog niet verleend", "1000");
        long nude = fixture.centre(NUDE);

        List<ExpectedIncome> lines = fixture.as("coordinator", () -> budgets.expectedIncome(nude, scheme.getYear()))
                .stream().filter(l -> l.labelArguments().getFirst().startsWith("Budget: ")).toList();
        assertThat(lines).extracting(ExpectedIncome::labelArguments).containsExactlyInAnyOrder(
                List.of("Budget: verleend"), List.of("Budget: vastgesteld"));
        assertThat(lines).allSatisfy(l -> assertThat(l.categoryCode()).isEqualTo("SUBSIDIE"));
        var byTitle = lines.stream().collect(java.util.stream.Collectors.toMap(
                l -> l.labelArguments().getFirst(), l -> l));
        assertThat(byTitle.get("Budget: verleend").amount()).isEqualByComparingTo("3000");
        assertThat(byTitle.get("Budget: verleend").labelKey()).isEqualTo("subsidy.budget.expected.GRANTED");
        assertThat(byTitle.get("Budget: vastgesteld").amount()).isEqualByComparingTo("1500");
        assertThat(byTitle.get("Budget: vastgesteld").labelKey()).isEqualTo("subsidy.budget.expected.SETTLED");
        assertThat(BudgetService.total(lines)).isEqualByComparingTo("4500");

        assertThat(fixture.as("coordinator", () -> budgets.expectedIncome(nude, scheme.getYear() + 1))).isEmpty();
        assertThat(fixture.as("coordinator2", () -> budgets.expectedIncome(fixture.centre(POMHORST),
                scheme.getYear()))).noneMatch(l -> l.labelArguments().getFirst().startsWith("Budget: "));
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> budgets.expectedIncome(nude, scheme.getYear())))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
