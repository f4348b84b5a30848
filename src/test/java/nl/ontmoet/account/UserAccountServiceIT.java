package nl.ontmoet.account;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class UserAccountServiceIT {

    @Autowired
    UserAccountService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_an_account_with_a_hashed_password() {
        var saved = users.save(account("nieuwe.coach", Role.COACH), "lang-genoeg-1");
        assertThat(saved.getPasswordHash()).startsWith("$2a$").doesNotContain("lang-genoeg-1");
        assertThat(passwordEncoder.matches("lang-genoeg-1", saved.getPasswordHash())).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void bad_account_input_is_refused_at_the_field_and_nothing_is_stored() {
        long before = accounts.count();
        assertRefused(() -> users.save(account("coordinator", Role.COACH), "lang-genoeg-1"), "username");
        assertRefused(() -> users.save(account("zonder.wachtwoord", Role.COACH), ""), "password");
        assertRefused(() -> users.save(account("kort.wachtwoord", Role.COACH), "kort"), "password");
        assertRefused(() -> users.save(new UserAccount("geen.rol", "Geen Rol"), "lang-genoeg-1"), "roles");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void a_password_an_admin_resets_must_be_changed_by_its_owner_and_other_edits_leave_that_alone() {
        long id = accounts.findByUsername("coach").orElseThrow().getId();
        var coach = users.get(id);
        coach.setDisplayName("Carla J.");
        users.save(coach, null);
        assertThat(accounts.findById(id).orElseThrow().isMustChangePassword()).isFalse();

        users.save(users.get(id), "tijdelijk-van-beheer");

        var stored = accounts.findById(id).orElseThrow();
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("tijdelijk-van-beheer", stored.getPasswordHash())).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_weak_password_is_refused_at_the_field_and_the_old_one_stays() {
        long id = accounts.findByUsername("coach").orElseThrow().getId();
        String before = accounts.findById(id).orElseThrow().getPasswordHash();
        assertRefused(() -> users.save(users.get(id), "elf-tekens!"), "password");
        assertRefused(() -> users.save(users.get(id), "wachtwoord2026"), "password");
        assertRefused(() -> users.save(users.get(id), "ik-ben-de-coach"), "password");
        var stored = accounts.findById(id).orElseThrow();
        assertThat(stored.getPasswordHash()).isEqualTo(before);
        assertThat(stored.isMustChangePassword()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_cannot_lock_themselves_out() {
        var me = users.get(accounts.findByUsername("admin").orElseThrow().getId());
        me.setEnabled(false);
        assertThatThrownBy(() -> users.save(me, null)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("account.error.cannotLockOutSelf");
    }

    @Test
    @WithUserDetails("admin")
    void a_coach_is_assigned_to_a_coordinator_once() {
        long coach = accounts.findByUsername("coach").orElseThrow().getId();
        long coordinator2 = accounts.findByUsername("coordinator2").orElseThrow().getId();
        long coordinator = accounts.findByUsername("coordinator").orElseThrow().getId();
        users.assignCoach(coach, coordinator2);
        assertThat(users.assignmentsOfCoach(coach)).hasSize(2);
        assertRefused(() -> users.assignCoach(coach, coordinator), "coordinator");
        assertRefused(() -> users.assignCoach(coordinator, coach), "coach");
    }

    @Test
    @WithUserDetails("admin")
    void removing_a_single_sign_on_link_that_is_not_there_is_refused_and_changes_nothing() {
        var coordinator = accounts.findByUsername("coordinator").orElseThrow();
        long version = coordinator.getVersion();
        assertThatThrownBy(() -> users.unlinkSingleSignOn(coordinator.getId()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("account.error.notLinked");
                    assertThat(e.getArguments()).containsExactly(coordinator.getDisplayName());
                });
        accounts.flush();
        assertThat(accounts.findByUsername("coordinator").orElseThrow().getVersion()).isEqualTo(version);
    }

    @Test
    @WithUserDetails("manager")
    void only_admins_remove_a_single_sign_on_link() {
        var coach = accounts.findByUsername("coach").orElseThrow();
        coach.linkSingleSignOn("https://login.example.nl", "iemand");
        accounts.saveAndFlush(coach);
        assertThatThrownBy(() -> users.unlinkSingleSignOn(coach.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByUsername("coach").orElseThrow().getSsoSubject()).isEqualTo("iemand");
    }

    @Test
    @WithUserDetails("manager")
    void only_admins_manage_accounts() {
        assertThatThrownBy(() -> users.save(account("sneaky", Role.ADMIN), "lang-genoeg-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.search(null, org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void a_disabled_account_cannot_log_in() {
        var account = account("geblokkeerd", Role.COORDINATOR);
        account.setEnabled(false);
        users.save(account, "lang-genoeg-1");
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("geblokkeerd", "lang-genoeg-1")))
                .isInstanceOf(DisabledException.class);
    }

    private static UserAccount account(String username, Role role) {
        var account = new UserAccount(username, "Test " + username);
        account.setRoles(EnumSet.of(role));
        return account;
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).contains(field));
    }
}
