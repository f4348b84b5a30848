package nl.ontmoet.subsidy;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.bookkeeping.service.CategoryService;
import nl.ontmoet.subsidy.service.BudgetLineInput;
import nl.ontmoet.subsidy.service.ReportCost;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.REPORT_DUE;
import static nl.ontmoet.subsidy.SubsidyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Report deadline, "verleend én vastgesteld", the accountability report and the settlement, with every refusal:
 * a Dutch message key, and nothing stored. Through the services on the demo database; rolled back.
 */
@IntegrationTest
@Transactional
class SubsidySettlementIT extends SubsidyServicesBase {

    @Autowired
    SubsidyBudgetService budgets;
    @Autowired
    CategoryService categories;

    @Override
    protected String schemeCeiling() {
        return "20000";
    }

    @Test
    void a_grant_needs_a_report_deadline_after_today() {
        long id = fixture.submitted(scheme, "Termijn", "3000");
        long before = transitions(id);
        refusedAt(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("3000"), null, null, null)),
                "reportDueOn", "subsidy.error.reportDueRequired");
        refusedAt(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("3000"), null, null,
                TestClock.TODAY)), "reportDueOn", "subsidy.error.reportDueInPast");
        refusedAt(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("3000"), null, null,
                TestClock.TODAY.minusDays(1))), "reportDueOn", "subsidy.error.reportDueInPast");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(transitions(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select granted_amount from subsidy_application where id = ?", BigDecimal.class,
                id)).isNull();

        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("2500"), "Vermeld de gemeente",
                "De huur valt buiten de regeling.", REPORT_DUE));
        assertThat(status(id)).isEqualTo("GRANTED");
        assertThat(jdbc.queryForObject("select report_due_on from subsidy_application where id = ?", LocalDate.class,
                id)).isEqualTo(REPORT_DUE);
    }

    @Test
    void a_grant_below_the_threshold_is_granted_and_settled_in_one_decision() {
        long id = fixture.submitted(scheme, "Klein bedrag", "450");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("450"), "Klein initiatief", null, null));
        assertThat(status(id)).isEqualTo("SETTLED");
        assertThat(jdbc.queryForObject("select final_amount from subsidy_application where id = ?", BigDecimal.class,
                id)).isEqualByComparingTo("450");
        var detail = fixture.as("coordinator", () -> applications.detail(fixture.centre(NUDE), id));
        assertThat(detail.application().isSettledWithoutReport()).isTrue();
        assertThat(detail.history()).extracting(h -> h.to()).containsExactly(SubsidyStatus.DRAFT,
                SubsidyStatus.SUBMITTED, SubsidyStatus.SETTLED);
        assertThat(detail.reportable()).isFalse();
        refusedWith(() -> fixture.as("coordinator", () -> reports.submit(id, report(10, 100, 3))),
                "subsidy.error.reportSettled");
        assertThat(rows("subsidy_report", id)).isZero();
    }

    @Test
    void each_report_line_shows_what_the_application_budgeted_for_that_category() {
        long id = fixture.draft(scheme, "Begroot en besteed", "3000");
        var marketing = fixture.as("coordinator", () -> categories.all()).stream()
                .filter(c -> c.getCode().equals("MARKETING")).findFirst().orElseThrow();
        fixture.as("coordinator", () -> budgets.addLine(id, new BudgetLineInput(marketing, new BigDecimal("750"),
                null)));
        fixture.as("coordinator", () -> drafts.submit(id));
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("3000"), null, null, REPORT_DUE));

        var input = fixture.as("coordinator", () -> reports.prefilled(id));
        var line = input.getCosts().stream().filter(c -> c.getCode().equals("MARKETING")).findFirst().orElseThrow();
        assertThat(line.getBudgeted()).isEqualByComparingTo("750");
        assertThat(input.getCosts()).filteredOn(c -> !c.getCode().equals("MARKETING"))
                .allSatisfy(c -> assertThat(c.getBudgeted()).isNull());
    }

    @Test
    void the_coordinator_reports_once_and_everybody_who_reads_the_application_sees_it() {
        long id = fixture.granted(scheme, "Verantwoorden", "4000");
        long nude = fixture.centre(NUDE);
        var input = fixture.as("coordinator", () -> reports.prefilled(id));
        input.setActualActivities(35);
        input.setActualVisitors(390);
        input.setActualVolunteers(9);
        input.setExplanation("Meer vrijwilligers dan verwacht.");
        input.getCosts().forEach(c -> c.setAmount(BigDecimal.ZERO));
        input.getCosts().getFirst().setAmount(new BigDecimal("1234.5"));
        fixture.as("coordinator", () -> reports.submit(id, input));
        assertThat(status(id)).isEqualTo("REPORTED");
        assertThat(jdbc.queryForObject("""
                select l.actual_amount from subsidy_report_line l join subsidy_report r on r.id = l.report_id
                where r.application_id = ?""", BigDecimal.class, id)).isEqualByComparingTo("1234.50");

        for (String reader : new String[]{"coordinator", "coach", "manager", "admin"}) {
            var detail = fixture.as(reader, () -> applications.detail(nude, id));
            assertThat(detail.report()).as(reader).isNotNull();
            assertThat(detail.report().getActualVolunteers()).isEqualTo(9);
            assertThat(detail.report().getLines()).hasSize(1);
            assertThat(detail.report().totalCosts()).isEqualByComparingTo("1234.50");
        }
        assertThat(fixture.as("manager", () -> applications.detail(nude, id)).settleable()).isTrue();
        assertThat(fixture.as("coordinator", () -> applications.detail(nude, id)).reportable()).isFalse();

        long before = transitions(id);
        refusedWith(() -> fixture.as("coordinator", () -> reports.submit(id, report(1, 1, 1))),
                "subsidy.error.alreadyReported");
        assertThat(rows("subsidy_report", id)).isEqualTo(1);
        assertThat(transitions(id)).isEqualTo(before);
    }

    @Test
    void a_report_with_bad_input_or_on_the_wrong_application_is_refused_and_nothing_is_stored() {
        long id = fixture.granted(scheme, "Foute verantwoording", "4000");
        var negativeCost = fixture.as("coordinator", () -> reports.prefilled(id));
        negativeCost.setActualActivities(1);
        negativeCost.setActualVisitors(1);
        negativeCost.setActualVolunteers(1);
        negativeCost.setExplanation("Toelichting");
        var cost = negativeCost.getCosts().getFirst();
        cost.setAmount(new BigDecimal("-0.01"));
        refusedAt(() -> fixture.as("coordinator", () -> reports.submit(id, negativeCost)), cost.field(),
                "subsidy.error.costNegative");

        refusedAt(() -> fixture.as("coordinator", () -> reports.submit(id, report(-1, 10, 1))),
                "actualActivities", "subsidy.error.negativeNumber");
        refusedAt(() -> fixture.as("coordinator", () -> reports.submit(id, report(1, -10, 1))),
                "actualVisitors", "subsidy.error.negativeNumber");
        refusedAt(() -> fixture.as("coordinator", () -> reports.submit(id, report(1, 10, -1))),
                "actualVolunteers", "subsidy.error.negativeNumber");
        var missing = report(1, 1, 1);
        missing.setActualVisitors(null);
        refusedAt(() -> fixture.as("coordinator", () -> reports.submit(id, missing)), "actualVisitors",
                "subsidy.error.resultRequired");
        var noExplanation = report(1, 1, 1);
        noExplanation.setExplanation(" ");
        refusedAt(() -> fixture.as("coordinator", () -> reports.submit(id, noExplanation)), "explanation",
                "subsidy.error.explanationRequired");

        assertThatThrownBy(() -> fixture.as("coordinator2", () -> reports.submit(id, report(1, 1, 1))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.as("manager", () -> reports.submit(id, report(1, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        long submitted = fixture.submitted(scheme, "Nog niet verleend", "4000");
        refusedWith(() -> fixture.as("coordinator", () -> reports.submit(submitted, report(1, 1, 1))),
                "subsidy.error.reportNotGranted");

        assertThat(status(id)).isEqualTo("GRANTED");
        assertThat(rows("subsidy_report", id)).isZero();
        assertThat(rows("subsidy_report", submitted)).isZero();
        assertThat(status(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void a_manager_settles_at_most_the_granted_amount_and_sees_what_is_to_be_repaid() {
        long id = fixture.granted(scheme, "Vaststellen", "4000");
        refusedWith(() -> fixture.as("manager", () -> settlements.settle(id, new BigDecimal("4000"), null)),
                "subsidy.error.reportFirst");
        fixture.as("coordinator", () -> reports.submit(id, report(30, 300, 6)));
        long before = transitions(id);

        refusedAt(() -> fixture.as("manager", () -> settlements.settle(id, new BigDecimal("4000.01"), "Te veel")),
                "finalAmount", "subsidy.error.finalAboveGranted");
        refusedAt(() -> fixture.as("manager", () -> settlements.settle(id, new BigDecimal("-1"), "Negatief")),
                "finalAmount", "subsidy.error.finalNegative");
        refusedAt(() -> fixture.as("manager", () -> settlements.settle(id, null, "Leeg")),
                "finalAmount", "subsidy.error.finalRequired");
        refusedAt(() -> fixture.as("manager", () -> settlements.settle(id, new BigDecimal("3000"), " ")),
                "remark", "subsidy.error.remarkRequired");
        assertThatThrownBy(() -> fixture.as("coordinator", () -> settlements.settle(id, new BigDecimal("3000"), "x")))
                .isInstanceOf(AccessDeniedException.class);
        var authorManager = fixture.account("subsidy-settle-author-manager", Role.MANAGER, Role.COORDINATOR);
        entityManager.flush();
        jdbc.update("update subsidy_application set author_id = ? where id = ?", authorManager.getId(), id);
        entityManager.clear();
        refusedWith(() -> fixture.as("subsidy-settle-author-manager", () -> settlements.settle(id,
                new BigDecimal("3000"), "Eigen aanvraag")), "subsidy.error.ownApplication");
        assertThat(status(id)).isEqualTo("REPORTED");
        assertThat(transitions(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select final_amount from subsidy_application where id = ?", BigDecimal.class,
                id)).isNull();

        fixture.as("manager", () -> settlements.settle(id, new BigDecimal("3250"), "Minder bezoekers dan verwacht"));
        assertThat(status(id)).isEqualTo("SETTLED");
        var settled = fixture.as("manager", () -> applications.detail(fixture.centre(NUDE), id)).application();
        assertThat(settled.getFinalAmount()).isEqualByComparingTo("3250");
        assertThat(settled.isSettledWithoutReport()).isFalse();
        refusedWith(() -> fixture.as("manager", () -> settlements.settle(id, new BigDecimal("3000"), "Nog eens")),
                "subsidy.error.notAllowed");
        refusedWith(() -> fixture.as("coordinator", () -> reports.submit(id, report(1, 1, 1))),
                "subsidy.error.reportSettled");
    }

    @Test
    void reported_and_settled_grants_still_count_under_the_ceiling() {
        var small = fixture.scheme("Plafond na vaststelling " + System.nanoTime(), "5000");
        long id = fixture.granted(small, "Eerste", "4000");
        fixture.as("coordinator", () -> reports.submit(id, report(1, 1, 1)));
        fixture.as("manager", () -> settlements.settle(id, new BigDecimal("4000"), null));
        long second = fixture.submitted(small, "Tweede", "2000");
        refusedWith(() -> fixture.as("manager", () -> decisions.grant(second, new BigDecimal("1500"), null, null,
                REPORT_DUE)), "subsidy.error.aboveRemaining");
    }
}
