package nl.ontmoet.subsidy;

import jakarta.persistence.EntityManager;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import nl.ontmoet.subsidy.service.SubsidyDecisionService;
import nl.ontmoet.subsidy.service.SubsidyDraftService;
import nl.ontmoet.subsidy.service.SubsidyReportService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import nl.ontmoet.subsidy.service.SubsidySettlementService;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the subsidy service tests share: the fixture, the services of an application's life and the checks that a
 * refusal names its rule (and field) and stored nothing.
 */
abstract class SubsidyServicesBase {

    @Autowired
    protected SubsidyFixture fixture;
    @Autowired
    protected SubsidySchemeService schemes;
    @Autowired
    protected SubsidyApplicationService applications;
    @Autowired
    protected SubsidyDraftService drafts;
    @Autowired
    protected SubsidyDecisionService decisions;
    @Autowired
    protected SubsidyReportService reports;
    @Autowired
    protected SubsidySettlementService settlements;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected EntityManager entityManager;

    /** A scheme of its own for each test, open today, so that only the test's own grants count under its ceiling. */
    protected SubsidyScheme scheme;

    @BeforeEach
    void freshScheme() {
        scheme = fixture.scheme(getClass().getSimpleName() + " " + System.nanoTime(), schemeCeiling());
    }

    protected String schemeCeiling() {
        return "10000";
    }

    protected String status(long id) {
        entityManager.flush();
        return jdbc.queryForObject("select status from subsidy_application where id = ?", String.class, id);
    }

    protected long transitions(long id) {
        return rows("subsidy_transition", id);
    }

    /** The rows of {@code table} that belong to the application. */
    protected long rows(String table, long applicationId) {
        entityManager.flush();
        return jdbc.queryForObject("select count(*) from " + table + " where application_id = ?", Long.class,
                applicationId);
    }

    protected static void refusedWith(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class).hasMessage(key);
    }

    protected static void refusedAt(ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class).hasMessage(key)
                .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).contains(field));
    }
}
