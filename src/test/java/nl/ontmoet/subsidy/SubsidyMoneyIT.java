package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.subsidy.service.SchemeInput;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.REPORT_DUE;
import static nl.ontmoet.subsidy.SubsidyFixture.complete;
import static nl.ontmoet.subsidy.SubsidyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every amount typed in subsidies — ceiling, report threshold, requested, granted, reported and final amount — with
 * a third decimal is refused at its field ({@code amount.error.decimals}), never rounded, and nothing changes.
 * Through the services on the demo database; rolled back.
 */
@IntegrationTest
@Transactional
class SubsidyMoneyIT extends SubsidyServicesBase {

    private static final String DECIMALS = "amount.error.decimals";

    private BigDecimal amount(String column, long id) {
        entityManager.flush();
        return jdbc.queryForObject("select " + column + " from subsidy_application where id = ?", BigDecimal.class,
                id);
    }

    @Test
    void a_scheme_ceiling_or_threshold_with_three_decimals_is_refused_and_nothing_is_stored() {
        var input = new SchemeInput();
        input.setName("Regeling met centen");
        input.setYear(TestClock.TODAY.getYear());
        input.setCeiling(new BigDecimal("1000.005"));
        input.setOpensOn(TestClock.TODAY);
        input.setClosesOn(TestClock.TODAY.plusDays(10));
        refusedAt(() -> fixture.as("manager", () -> schemes.save(input)), "ceiling", DECIMALS);
        input.setCeiling(new BigDecimal("1000"));
        input.setReportThreshold(new BigDecimal("10.001"));
        refusedAt(() -> fixture.as("manager", () -> schemes.save(input)), "reportThreshold", DECIMALS);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_scheme where name = 'Regeling met centen'",
                Long.class)).isZero();

        var edit = fixture.as("manager", () -> schemes.edit(scheme.getId()));
        edit.setCeiling(new BigDecimal("12000.999"));
        refusedAt(() -> fixture.as("manager", () -> schemes.save(edit)), "ceiling", DECIMALS);
        entityManager.flush();
        entityManager.clear();
        assertThat(jdbc.queryForObject("select ceiling from subsidy_scheme where id = ?", BigDecimal.class,
                scheme.getId())).isEqualByComparingTo("10000");
    }

    @Test
    void a_requested_amount_with_three_decimals_is_refused_and_nothing_is_stored() {
        long centre = fixture.centre(NUDE);
        refusedAt(() -> fixture.as("coordinator", () -> drafts.saveDraft(centre, null,
                complete(scheme, "Centen gevraagd", "750.555"))), "requestedAmount", DECIMALS);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_application where scheme_id = ?", Long.class,
                scheme.getId())).isZero();

        long id = fixture.draft(scheme, "Centen aangepast", "750");
        refusedAt(() -> fixture.as("coordinator", () -> drafts.saveDraft(centre, id,
                complete(scheme, "Centen aangepast", "750.001"))), "requestedAmount", DECIMALS);
        assertThat(amount("requested_amount", id)).isEqualByComparingTo("750");
        assertThat(transitions(id)).isEqualTo(1);
    }

    @Test
    void a_granted_amount_with_three_decimals_is_refused_and_the_application_stays_submitted() {
        long id = fixture.submitted(scheme, "Centen verleend", "3000");
        long before = transitions(id);
        refusedAt(() -> fixture.as("manager", () -> decisions.grant(id, new BigDecimal("2999.995"), null, null,
                REPORT_DUE)), "grantedAmount", DECIMALS);
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(transitions(id)).isEqualTo(before);
        assertThat(amount("granted_amount", id)).isNull();
    }

    @Test
    void a_reported_cost_with_three_decimals_is_refused_at_its_line_and_no_report_is_stored() {
        long id = fixture.granted(scheme, "Centen verantwoord", "3000");
        long before = transitions(id);
        var input = fixture.as("coordinator", () -> reports.prefilled(id));
        input.setActualActivities(1);
        input.setActualVisitors(1);
        input.setActualVolunteers(1);
        input.setExplanation("Toelichting");
        var cost = input.getCosts().getFirst();
        cost.setAmount(new BigDecimal("12.345"));
        refusedAt(() -> fixture.as("coordinator", () -> reports.submit(id, input)), cost.field(), DECIMALS);
        assertThat(rows("subsidy_report", id)).isZero();
        assertThat(status(id)).isEqualTo("GRANTED");
        assertThat(transitions(id)).isEqualTo(before);
    }

    @Test
    void a_final_amount_with_three_decimals_is_refused_and_the_application_stays_reported() {
        long id = fixture.granted(scheme, "Centen vastgesteld", "3000");
        fixture.as("coordinator", () -> reports.submit(id, report(1, 1, 1)));
        long before = transitions(id);
        refusedAt(() -> fixture.as("manager", () -> settlements.settle(id, new BigDecimal("2999.999"),
                "Bijna alles")), "finalAmount", DECIMALS);
        assertThat(status(id)).isEqualTo("REPORTED");
        assertThat(transitions(id)).isEqualTo(before);
        assertThat(amount("final_amount", id)).isNull();
    }
}
