package nl.ontmoet.account.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccountRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A production start refuses to run while a demo account still has the demo password: a database filled with demo
 * data, or copied from a test machine, would otherwise be open to anyone who has read the README.
 */
@Component
@Profile("production")
@Order(0)
@RequiredArgsConstructor
class NoDemoAccountsInProduction implements ApplicationRunner {

    static final List<String> DEMO_ACCOUNTS = List.of("admin", "manager", "coach", "coordinator", "coordinator2");
    static final String DEMO_PASSWORD = "demo";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) {
        List<String> open = DEMO_ACCOUNTS.stream()
                .filter(username -> accounts.findByUsername(username)
                        .filter(account -> passwordEncoder.matches(DEMO_PASSWORD, account.getPasswordHash()))
                        .isPresent())
                .toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: the demo accounts " + open
                    + " still have the demo password. Change their passwords or block them first.");
        }
    }
}
