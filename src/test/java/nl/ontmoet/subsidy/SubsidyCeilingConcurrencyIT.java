package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two managers grant under the same scheme at the same moment, each for an amount that fits on its own but
 * not together: exactly one grant succeeds, the other is refused with the "above remaining" rule, and the
 * total granted never exceeds the ceiling. Real commits on MariaDB, no test transaction.
 */
@IntegrationTest
class SubsidyCeilingConcurrencyIT {

    @Autowired
    SubsidyFixture fixture;
    @Autowired
    SubsidyApplicationService applications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_managers_granting_at_once_never_exceed_the_ceiling() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var scheme = fixture.scheme("Gelijktijdig " + System.nanoTime(), "1000");
                long first = fixture.submitted(scheme, "Gelijktijdig A " + round, "800");
                long second = fixture.submitted(scheme, "Gelijktijdig B " + round, "800");
                var barrier = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                // two sessions of the demo manager: the demo data has one manager and other tests count the accounts
                String[] managers = {"manager", "manager"};
                long[] ids = {first, second};
                for (int i = 0; i < 2; i++) {
                    String manager = managers[i];
                    long id = ids[i];
                    outcomes.add(pool.submit(() -> {
                        fixture.logInOnThisThread(manager);
                        try {
                            barrier.await();
                            applications.grant(id, new BigDecimal("800"), null, SubsidyFixture.REPORT_DUE);
                            return "granted";
                        } catch (BusinessRuleException refused) {
                            return refused.getMessageKey();
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (var outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).containsExactlyInAnyOrder("granted", "subsidy.error.aboveRemaining");
                assertThat(jdbc.queryForObject("""
                        select coalesce(sum(granted_amount), 0) from subsidy_application
                        where scheme_id = ? and status = 'GRANTED'""", BigDecimal.class, scheme.getId()))
                        .isEqualByComparingTo("800");
                long stillWaiting = results.get(0).equals("granted") ? second : first;
                fixture.as("manager", () -> applications.reject(stillWaiting, "Plafond bereikt"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
