package nl.ontmoet.account.service;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;

/**
 * The way into a fresh production database: when no account exists yet and
 * {@code ONTMOET_INITIAL_ADMIN_PASSWORD} is set, an {@code admin} account with that password is created.
 * It never touches a database that already has accounts.
 */
@Component
@Order(100)
class InitialAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    InitialAdminAccount(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                        @Value("${ontmoet.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.count() > 0) {
            return;
        }
        if (password.length() < PasswordPolicy.MIN_LENGTH) {
            throw new IllegalStateException("ONTMOET_INITIAL_ADMIN_PASSWORD must be at least "
                    + PasswordPolicy.MIN_LENGTH + " characters");
        }
        var admin = new UserAccount("admin", "Functioneel beheerder");
        admin.setPasswordHash(passwordEncoder.encode(password));
        admin.setRoles(EnumSet.of(Role.ADMIN));
        accounts.save(admin);
        log.info("Created the initial admin account 'admin'");
    }
}
