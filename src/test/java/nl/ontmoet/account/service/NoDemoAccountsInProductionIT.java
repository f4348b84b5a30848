package nl.ontmoet.account.service;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.account.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production start on a database that still has the demo accounts with their demo password refuses to run. */
@IntegrationTest
class NoDemoAccountsInProductionIT {

    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void a_production_start_on_the_demo_database_refuses_to_run() {
        var guard = new NoDemoAccountsInProduction(accounts, passwordEncoder);

        assertThatThrownBy(() -> guard.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start in production")
                .hasMessageContaining("admin").hasMessageContaining("coordinator2");
    }
}
