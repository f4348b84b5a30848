package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExpectedIncome;
import nl.ontmoet.subsidy.service.SubsidyLetterService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.POMHORST;
import static nl.ontmoet.subsidy.SubsidyFixture.REPORT_DUE;
import static nl.ontmoet.subsidy.SubsidyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decision and settlement letters read back from the PDF, who may download them, and granted subsidies as
 * expected income in the centre's budget. Rolled back.
 */
@IntegrationTest
@Transactional
class SubsidyLetterIT extends SubsidyServicesBase {

    @Autowired
    SubsidyLetterService letters;
    @Autowired
    BudgetService budgets;

    @Override
    protected String schemeCeiling() {
        return "20000";
    }

    @Test
    void the_decision_letter_names_centre_application_amounts_and_report_deadline() {
        long id = fixture.submitted(scheme, "Brief: kookclub voor buren", "4800");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("4250.50"),
                "Vermeld de gemeente op de flyers", "De huur van de keuken valt buiten de regeling.", REPORT_DUE));
        String address = jdbc.queryForObject("select address from centre where slug = ?", String.class, NUDE);

        String text = text(fixture.as("coordinator", () -> letters.decisionLetter(id)).content());
        assertThat(text).contains("Beschikking subsidieverlening", "Huis van de Wijk De Nude", address,
                "Brief: kookclub voor buren", "€ 4.800,00", "€ 4.250,50", "Vermeld de gemeente op de flyers",
                DateTimeFormatter.ofPattern("dd-MM-yyyy").format(REPORT_DUE));
        assertThat(text).doesNotContain("verleend én vastgesteld");
        for (String reader : List.of("manager", "coach", "admin")) {
            assertThat(text(fixture.as(reader, () -> letters.decisionLetter(id)).content())).contains("€ 4.250,50");
        }
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> letters.decisionLetter(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.as("coordinator", () -> letters.settlementLetter(id)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.error.noSettlementLetter");
    }

    @Test
    void a_grant_below_the_threshold_says_granted_and_settled_in_the_letter() {
        long id = fixture.submitted(scheme, "Brief: klein initiatief", "300");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("300"), null, null, null));
        String text = text(fixture.as("coordinator", () -> letters.decisionLetter(id)).content());
        assertThat(text).contains("Verleend én vastgesteld", "€ 300,00").doesNotContain("uiterlijk op");
    }

    @Test
    void the_settlement_letter_shows_granted_final_and_to_be_repaid() {
        long id = fixture.granted(scheme, "Brief: vaststelling", "5000");
        assertThatThrownBy(() -> fixture.as("coordinator", () -> letters.settlementLetter(id)))
                .isInstanceOf(BusinessRuleException.class);
        fixture.as("coordinator", () -> reports.submit(id, report(20, 200, 4)));
        fixture.as("manager", () -> settlements.settle(id, new BigDecimal("3800"), "Twee activiteiten vervielen"));

        String text = text(fixture.as("coordinator", () -> letters.settlementLetter(id)).content());
        assertThat(text).contains("Beschikking subsidievaststelling", "Huis van de Wijk De Nude",
                "Brief: vaststelling", "€ 5.000,00", "€ 3.800,00", "€ 1.200,00", "Twee activiteiten vervielen");
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> letters.settlementLetter(id)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void letters_exist_only_after_a_grant() {
        long id = fixture.submitted(scheme, "Brief: nog niet beslist", "500");
        assertThatThrownBy(() -> fixture.as("manager", () -> letters.decisionLetter(id)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.error.noDecisionLetter");
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

    static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
