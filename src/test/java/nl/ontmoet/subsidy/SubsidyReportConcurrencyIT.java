package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.subsidy.service.SubsidyReportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.ontmoet.subsidy.SubsidyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator submits the same report twice at the same moment (two sessions): exactly one report is
 * stored and the application moves to REPORTED once. Real commits on MariaDB, no test transaction.
 */
@IntegrationTest
class SubsidyReportConcurrencyIT {

    @Autowired
    SubsidyFixture fixture;
    @Autowired
    SubsidyReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_submissions_at_once_store_one_report() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var scheme = fixture.scheme("Gelijktijdige verantwoording " + System.nanoTime(), "10000");
            long id = fixture.granted(scheme, "Gelijktijdig verantwoorden", "3000");
            var barrier = new CyclicBarrier(2);
            List<Future<RuntimeException>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    fixture.logInOnThisThread("coordinator");
                    try {
                        barrier.await();
                        reports.submit(id, report(12, 120, 4));
                        return null;
                    } catch (RuntimeException refused) {
                        return refused;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<RuntimeException> refusals = new ArrayList<>();
            for (var outcome : outcomes) {
                refusals.add(outcome.get());
            }
            assertThat(refusals).containsOnlyOnce((RuntimeException) null);
            assertThat(refusals.stream().filter(Objects::nonNull).findFirst().orElseThrow())
                    .isInstanceOf(BusinessRuleException.class).hasMessage("subsidy.error.alreadyReported");
            assertThat(jdbc.queryForObject("select count(*) from subsidy_report where application_id = ?",
                    Long.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from subsidy_transition where application_id = ? and to_status = 'REPORTED'""",
                    Long.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select status from subsidy_application where id = ?", String.class, id))
                    .isEqualTo("REPORTED");
        } finally {
            pool.shutdownNow();
        }
    }
}
