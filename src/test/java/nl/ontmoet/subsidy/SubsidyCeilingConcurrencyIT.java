package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.subsidy.service.SubsidyDecisionService;
import nl.ontmoet.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;

import static nl.ontmoet.Race.runner;
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
    SubsidyDecisionService decisions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Race race;

    @Test
    void two_managers_granting_at_once_never_exceed_the_ceiling() throws Exception {
        for (int round = 0; round < 3; round++) {
            var scheme = fixture.scheme("Gelijktijdig " + System.nanoTime(), "1000");
            long first = fixture.submitted(scheme, "Gelijktijdig A " + round, "800");
            long second = fixture.submitted(scheme, "Gelijktijdig B " + round, "800");

            // two sessions of the demo manager: the demo data has one manager and other tests count the accounts
            var results = race.atOnce(runner("manager", () -> grant(first)), runner("manager", () -> grant(second)));

            assertThat(results).containsExactlyInAnyOrder("granted", "subsidy.error.aboveRemaining");
            assertThat(jdbc.queryForObject("""
                    select coalesce(sum(granted_amount), 0) from subsidy_application
                    where scheme_id = ? and status = 'GRANTED'""", BigDecimal.class, scheme.getId()))
                    .isEqualByComparingTo("800");
            long stillWaiting = results.get(0).equals("granted") ? second : first;
            fixture.as("manager", () -> decisions.reject(stillWaiting, "Plafond bereikt"));
        }
    }

    private String grant(long id) {
        decisions.grant(id, new BigDecimal("800"), null, null, SubsidyFixture.REPORT_DUE);
        return "granted";
    }
}
