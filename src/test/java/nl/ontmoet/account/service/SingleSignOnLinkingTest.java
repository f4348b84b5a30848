package nl.ontmoet.account.service;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.security.SingleSignOnIdentity;
import nl.ontmoet.base.security.SingleSignOnRefused;
import nl.ontmoet.base.security.SingleSignOnRefused.Reason;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleSignOnLinkingTest {

    private static final String ISSUER = "https://login.example/gemeente";

    @Test
    void a_linked_account_is_used_whatever_e_mail_address_the_provider_gives_today() {
        var anna = account("anna", "anna@gemeente.nl");
        anna.linkSingleSignOn(ISSUER, "sub-anna");
        var other = account("piet", "nieuw@gemeente.nl");

        assertThat(SingleSignOnLinking.choose(identity("nieuw@gemeente.nl", true), Optional.of(anna), List.of(other)))
                .isSameAs(anna);
        assertThat(SingleSignOnLinking.choose(identity(null, false), Optional.of(anna), List.of())).isSameAs(anna);
    }

    @Test
    void a_first_login_links_the_one_active_account_with_the_verified_address_ignoring_case() {
        var anna = account("anna", "Anna.de.Vries@Gemeente.nl");

        assertThat(SingleSignOnLinking.choose(identity("anna.de.vries@gemeente.NL", true), Optional.empty(), List.of(anna)))
                .isSameAs(anna);
    }

    @Test
    void without_a_matching_account_the_login_is_refused_and_nothing_is_created() {
        assertRefused(identity("onbekend@gemeente.nl", true), Optional.empty(), List.of(), Reason.NO_ACCOUNT);
        assertRefused(identity(null, true), Optional.empty(), List.of(), Reason.NO_ACCOUNT);
        assertRefused(identity("anna@gemeente.nl", true), Optional.empty(),
                List.of(account("anna", "anna@gemeente.nl.evil")), Reason.NO_ACCOUNT);
    }

    @Test
    void an_unverified_address_links_nothing() {
        assertRefused(identity("anna@gemeente.nl", false), Optional.empty(),
                List.of(account("anna", "anna@gemeente.nl")), Reason.EMAIL_NOT_VERIFIED);
    }

    @Test
    void a_blocked_account_is_refused_linked_or_not() {
        var blocked = account("anna", "anna@gemeente.nl");
        blocked.setEnabled(false);
        assertRefused(identity("anna@gemeente.nl", true), Optional.empty(), List.of(blocked), Reason.BLOCKED);

        blocked.linkSingleSignOn(ISSUER, "sub-anna");
        assertRefused(identity("anna@gemeente.nl", true), Optional.of(blocked), List.of(), Reason.BLOCKED);
    }

    @Test
    void a_blocked_account_with_the_same_address_gives_way_to_the_active_one() {
        var old = account("anna.oud", "anna@gemeente.nl");
        old.setEnabled(false);
        var current = account("anna", "anna@gemeente.nl");

        assertThat(SingleSignOnLinking.choose(identity("anna@gemeente.nl", true), Optional.empty(), List.of(old, current)))
                .isSameAs(current);
    }

    @Test
    void two_active_accounts_with_the_address_are_ambiguous() {
        assertRefused(identity("anna@gemeente.nl", true), Optional.empty(),
                List.of(account("anna", "anna@gemeente.nl"), account("anna2", "ANNA@gemeente.nl")), Reason.AMBIGUOUS);
    }

    @Test
    void an_account_linked_to_another_person_at_the_same_provider_is_not_taken_over() {
        var anna = account("anna", "anna@gemeente.nl");
        anna.linkSingleSignOn(ISSUER, "sub-someone-else");

        assertRefused(identity("anna@gemeente.nl", true), Optional.empty(), List.of(anna), Reason.LINKED_ELSEWHERE);
    }

    @Test
    void a_link_to_a_former_provider_is_replaced_by_the_configured_one() {
        var anna = account("anna", "anna@gemeente.nl");
        anna.linkSingleSignOn("https://old-provider.example", "sub-anna");

        assertThat(SingleSignOnLinking.choose(identity("anna@gemeente.nl", true), Optional.empty(), List.of(anna)))
                .isSameAs(anna);
    }

    @Test
    void when_groups_decide_the_roles_no_matching_group_is_refused() {
        var anna = account("anna", "anna@gemeente.nl");
        var withoutRoles = new SingleSignOnIdentity(ISSUER, "sub-anna", "anna@gemeente.nl", true, Optional.of(Set.of()));
        var withRole = new SingleSignOnIdentity(ISSUER, "sub-anna", "anna@gemeente.nl", true,
                Optional.of(EnumSet.of(Role.COACH)));

        assertRefused(withoutRoles, Optional.empty(), List.of(anna), Reason.NO_ROLE);
        assertThat(SingleSignOnLinking.choose(withRole, Optional.empty(), List.of(anna))).isSameAs(anna);
    }

    private static void assertRefused(SingleSignOnIdentity identity, Optional<UserAccount> linked,
                                      List<UserAccount> sameEmail, Reason reason) {
        assertThatThrownBy(() -> SingleSignOnLinking.choose(identity, linked, sameEmail))
                .isInstanceOfSatisfying(SingleSignOnRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.identity()).isEqualTo(identity.name());
                });
    }

    private static SingleSignOnIdentity identity(String email, boolean verified) {
        return new SingleSignOnIdentity(ISSUER, "sub-anna", email, verified, Optional.empty());
    }

    private static UserAccount account(String username, String email) {
        var account = new UserAccount(username, username);
        account.setEmail(email);
        account.setRoles(EnumSet.of(Role.COORDINATOR));
        return account;
    }
}
