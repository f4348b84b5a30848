package nl.ontmoet.account;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.account.service.OwnPasswordService;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.audit.domain.AuditEntryRepository;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everyone changes their own password; one an admin set must be changed before anything else. */
@IntegrationTest
class OwnPasswordServiceIT {

    private static final String ADMIN_SET = "door-beheer-gezet";

    @Autowired OwnPasswordService ownPassword;
    @Autowired UserAccountService accountService;
    @Autowired UserAccountRepository accounts;
    @Autowired AuditEntryRepository auditEntries;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired SessionRegistry sessionRegistry;
    @Autowired UserDetailsService userDetails;
    @Autowired TestUsers users;

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_admin_set_password_must_be_changed_and_the_change_is_audited_without_the_hash() {
        var account = create("eigen.keuze");
        assertThat(users.as("eigen.keuze", ownPassword::mustChange)).isTrue();

        users.as("eigen.keuze", () -> ownPassword.change(ADMIN_SET, "mijn eigen zinnetje", "mijn eigen zinnetje"));

        var stored = accounts.findById(account.getId()).orElseThrow();
        assertThat(passwordEncoder.matches("mijn eigen zinnetje", stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(users.as("eigen.keuze", ownPassword::mustChange)).isFalse();
        var trail = auditEntries.findByEntityTypeAndEntityIdOrderByIdAsc("UserAccount", account.getId().toString());
        assertThat(trail).last().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.getChanges()).contains("passwordHash: (verborgen)").doesNotContain("$2a$");
        });
    }

    @Test
    void a_wrong_current_password_is_refused_at_its_field_and_nothing_changes() {
        var account = create("fout.huidig");
        var before = accounts.findById(account.getId()).orElseThrow();

        assertRefused(() -> users.as("fout.huidig", () -> ownPassword.change("niet-het-goede",
                "mijn eigen zinnetje", "mijn eigen zinnetje")), "currentPassword", "account.error.currentPasswordWrong");

        var after = accounts.findById(account.getId()).orElseThrow();
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(after.isMustChangePassword()).isTrue();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void a_weak_or_mistyped_new_password_is_refused_at_its_field_and_nothing_changes() {
        var account = create("zwak.nieuw");
        var before = accounts.findById(account.getId()).orElseThrow();

        assertRefused(() -> users.as("zwak.nieuw", () -> ownPassword.change(ADMIN_SET, "welkom01", "welkom01")),
                "newPassword", "account.error.passwordTooShort");
        assertRefused(() -> users.as("zwak.nieuw", () -> ownPassword.change(ADMIN_SET, "wachtwoord2026", "wachtwoord2026")),
                "newPassword", "account.error.passwordTooCommon");
        assertRefused(() -> users.as("zwak.nieuw", () -> ownPassword.change(ADMIN_SET, "ik-ben-zwak.nieuw", "ik-ben-zwak.nieuw")),
                "newPassword", "account.error.passwordContainsName");
        assertRefused(() -> users.as("zwak.nieuw", () -> ownPassword.change(ADMIN_SET, "mijn eigen zinnetje", "mijn eigen zinnetj")),
                "repeatedPassword", "account.error.passwordsDiffer");
        assertRefused(() -> users.as("zwak.nieuw", () -> ownPassword.change(ADMIN_SET, ADMIN_SET, ADMIN_SET)),
                "newPassword", "account.error.passwordUnchanged");

        var after = accounts.findById(account.getId()).orElseThrow();
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void a_self_change_ends_the_other_sessions_and_keeps_the_one_asking() {
        create("twee.sessies");
        var principal = userDetails.loadUserByUsername("twee.sessies");
        sessionRegistry.registerNewSession("deze-sessie", principal);
        sessionRegistry.registerNewSession("andere-sessie", principal);
        var request = new MockHttpServletRequest();
        request.setSession(new org.springframework.mock.web.MockHttpSession(null, "deze-sessie"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        users.as("twee.sessies", () -> ownPassword.change(ADMIN_SET, "mijn eigen zinnetje", "mijn eigen zinnetje"));

        assertThat(sessionRegistry.getSessionInformation("deze-sessie").isExpired()).isFalse();
        assertThat(sessionRegistry.getSessionInformation("andere-sessie").isExpired()).isTrue();
        sessionRegistry.removeSessionInformation("deze-sessie");
        sessionRegistry.removeSessionInformation("andere-sessie");
    }

    @Test
    void nobody_changes_a_password_without_being_logged_in() {
        assertThatThrownBy(() -> ownPassword.change(ADMIN_SET, "mijn eigen zinnetje", "mijn eigen zinnetje"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(ownPassword.mustChange()).isFalse();
    }

    private UserAccount create(String username) {
        return users.as("admin", () -> {
            var account = new UserAccount(username, "Test " + username);
            account.setRoles(EnumSet.of(Role.COACH));
            return accountService.save(account, ADMIN_SET);
        });
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).contains(field))
                .extracting("messageKey").isEqualTo(key);
    }
}
