package nl.ontmoet.base.sso;

import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.OwnPasswordService;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.security.OntmoetPrincipal;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.security.SingleSignOnAccounts;
import nl.ontmoet.base.security.SingleSignOnIdentity;
import nl.ontmoet.base.security.SingleSignOnPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full authorization-code flow against a real OpenID Connect provider, over HTTP as a browser makes it: who is
 * let in with which roles, who is refused and why, what is remembered and what is audited.
 */
@SingleSignOnTest
class SingleSignOnIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired UserAccountService accountService;
    @Autowired OwnPasswordService ownPassword;
    @Autowired SingleSignOnAccounts singleSignOnAccounts;
    @Autowired SessionRegistry sessionRegistry;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient browser = newBrowser();

    @AfterEach
    void forgetTestLogin() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_linked_account_lands_logged_in_as_the_same_principal_with_its_ontmoet_roles() throws Exception {
        create("sso.coordinator", "SSO.Coordinator@Gemeente.nl", Role.COORDINATOR, Role.COACH);

        var callback = logInAtProvider(browser, "sub-coordinator", Map.of("email", "sso.coordinator@gemeente.nl",
                "email_verified", true));

        assertThat(location(callback)).isEqualTo("/");
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
        var principal = sessionPrincipal("sso.coordinator");
        assertThat(principal.getRoles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.COACH);
        assertThat(principal.getAuthorities()).extracting(Object::toString).contains("ROLE_COORDINATOR", "ROLE_COACH");
        assertThat(principal.getDisplayName()).isEqualTo("Test sso.coordinator");
        assertThat(link("sso.coordinator")).containsExactly(MockIdentityProvider.issuer(), "sub-coordinator");
        assertThat(auditLine("sso.coordinator", "LOGIN")).contains("adres: ", "single sign-on");
    }

    @Test
    void the_link_is_used_on_later_logins_even_after_the_e_mail_claim_changed() throws Exception {
        create("sso.verhuisd", "verhuisd@gemeente.nl", Role.COACH);
        create("sso.ander", "ander@gemeente.nl", Role.MANAGER);
        assertThat(location(logInAtProvider(browser, "sub-verhuisd", verified("verhuisd@gemeente.nl")))).isEqualTo("/");

        var later = newBrowser();
        var callback = logInAtProvider(later, "sub-verhuisd", verified("ander@gemeente.nl"));

        assertThat(location(callback)).isEqualTo("/");
        assertThat(sessionPrincipals("sso.verhuisd")).hasSize(2);
        assertThat(sessionPrincipals("sso.ander")).isEmpty();
        assertThat(link("sso.ander")).containsOnlyNulls();
    }

    @Test
    void an_e_mail_address_without_an_account_is_refused_with_the_reason_and_nobody_is_logged_in() throws Exception {
        var callback = logInAtProvider(browser, "sub-onbekend", verified("onbekend@gemeente.nl"));

        assertThat(location(callback)).isEqualTo("/login?sso=no-account");
        assertThat(get(browser, "/").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from user_account where sso_subject = 'sub-onbekend'",
                Integer.class)).isZero();
        assertThat(auditLine("onbekend@gemeente.nl", "LOGIN_FAIL")).contains("adres: ", "geweigerd: no-account");
    }

    @Test
    void a_blocked_account_is_refused_and_not_linked() throws Exception {
        create("sso.geblokkeerd", "geblokkeerd@gemeente.nl", Role.COORDINATOR);
        change("sso.geblokkeerd", account -> account.setEnabled(false));

        var callback = logInAtProvider(browser, "sub-geblokkeerd", verified("geblokkeerd@gemeente.nl"));

        assertThat(location(callback)).isEqualTo("/login?sso=blocked");
        assertThat(get(browser, "/").statusCode()).isEqualTo(302);
        assertThat(link("sso.geblokkeerd")).containsOnlyNulls();
        assertThat(auditLine("geblokkeerd@gemeente.nl", "LOGIN_FAIL")).contains("geweigerd: blocked");
    }

    @Test
    void an_address_the_provider_does_not_vouch_for_links_nothing() throws Exception {
        create("sso.onbevestigd", "onbevestigd@gemeente.nl", Role.COORDINATOR);

        var callback = logInAtProvider(browser, "sub-onbevestigd", Map.of("email", "onbevestigd@gemeente.nl"));

        assertThat(location(callback)).isEqualTo("/login?sso=email-not-verified");
        assertThat(link("sso.onbevestigd")).containsOnlyNulls();
    }

    @Test
    void blocking_the_account_ends_the_single_sign_on_session_too() throws Exception {
        create("sso.later.geblokkeerd", "later.geblokkeerd@gemeente.nl", Role.COACH);
        logInAtProvider(browser, "sub-later-geblokkeerd", verified("later.geblokkeerd@gemeente.nl"));
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);

        change("sso.later.geblokkeerd", account -> account.setEnabled(false));

        assertThat(get(browser, "/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    @Test
    void the_password_an_admin_set_need_not_be_changed_after_a_single_sign_on() throws Exception {
        create("sso.nieuw.wachtwoord", "nieuw.wachtwoord@gemeente.nl", Role.COORDINATOR);
        logInAtProvider(browser, "sub-nieuw-wachtwoord", verified("nieuw.wachtwoord@gemeente.nl"));
        var viaProvider = sessionPrincipal("sso.nieuw.wachtwoord");
        // what a password login reads from the account (must_change_password is set by the admin's reset)
        var viaPassword = new OntmoetPrincipal(viaProvider.getUserId(), viaProvider.getUsername(), "x", true,
                viaProvider.getDisplayName(), viaProvider.getRoles(), true);

        assertThat(loggedInAs(viaPassword, ownPassword::mustChange)).as("the account's admin-set password").isTrue();
        assertThat(loggedInAs(viaProvider, ownPassword::mustChange)).isFalse();
    }

    @Test
    void with_a_group_mapping_the_groups_decide_the_roles_and_a_change_ends_open_sessions() throws Exception {
        create("sso.groepen", "groepen@gemeente.nl", Role.COORDINATOR);
        logInAtProvider(browser, "sub-groepen", verified("groepen@gemeente.nl"));
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);

        var principal = singleSignOnAccounts.signIn(new SingleSignOnIdentity(MockIdentityProvider.issuer(),
                "sub-groepen", "groepen@gemeente.nl", true, Optional.of(EnumSet.of(Role.MANAGER))));

        assertThat(principal.getRoles()).containsExactly(Role.MANAGER);
        assertThat(users.as("admin", () -> accountService.get(principal.getUserId()).getRoles())).containsExactly(Role.MANAGER);
        assertThat(get(browser, "/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));

        var again = singleSignOnAccounts.signIn(new SingleSignOnIdentity(MockIdentityProvider.issuer(),
                "sub-groepen", null, false, Optional.empty()));
        assertThat(again.getRoles()).as("without a mapping Ontmoet keeps the roles").containsExactly(Role.MANAGER);
    }

    private static Map<String, Object> verified(String email) {
        return Map.of("email", email, "email_verified", true);
    }

    /** Start at the login button, let the provider log in the given person, and come back: the callback's answer. */
    private HttpResponse<String> logInAtProvider(HttpClient client, String subject, Map<String, Object> claims)
            throws Exception {
        MockIdentityProvider.nextLogin(subject, claims);
        get(client, "/login");
        var toProvider = get(client, "/oauth2/authorization/sso");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(location(toProvider)).startsWith(MockIdentityProvider.issuer() + "/authorize");
        var backFromProvider = send(client, URI.create(location(toProvider)));
        assertThat(backFromProvider.statusCode()).isEqualTo(302);
        assertThat(location(backFromProvider)).startsWith("/login/oauth2/code/sso?");
        var callback = get(client, location(backFromProvider));
        assertThat(callback.statusCode()).isEqualTo(302);
        return callback;
    }

    private SingleSignOnPrincipal sessionPrincipal(String username) {
        var found = sessionPrincipals(username);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private java.util.List<SingleSignOnPrincipal> sessionPrincipals(String username) {
        return sessionRegistry.getAllPrincipals().stream()
                .filter(p -> p instanceof SingleSignOnPrincipal sso && sso.getUsername().equals(username))
                .flatMap(p -> sessionRegistry.getAllSessions(p, false).stream())
                .map(session -> (SingleSignOnPrincipal) session.getPrincipal()).toList();
    }

    private <T> T loggedInAs(OntmoetPrincipal principal, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(principal, null, principal.getAuthorities().stream().toList()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private java.util.List<String> link(String username) {
        return jdbc.queryForObject("select sso_issuer, sso_subject from user_account where username = ?",
                (row, n) -> java.util.Arrays.asList(row.getString(1), row.getString(2)), username);
    }

    private String auditLine(String username, String action) {
        return jdbc.queryForObject("select max(changes) from audit_entry where username = ? and action = ? "
                + "and entity_type = 'Login'", String.class, username, action);
    }

    private void create(String username, String email, Role... roles) {
        users.as("admin", () -> {
            var account = new UserAccount(username, "Test " + username);
            account.setEmail(email);
            account.setRoles(Set.of(roles));
            accountService.save(account, "lang-genoeg-1");
        });
    }

    private void change(String username, java.util.function.Consumer<UserAccount> change) {
        users.as("admin", () -> {
            var account = accountService.search(username, Pageable.ofSize(5)).stream()
                    .filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow();
            change.accept(account);
            accountService.save(account, null);
        });
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return send(client, URI.create(origin() + path));
    }

    private static HttpResponse<String> send(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(origin()) ? location.substring(origin().length()) : location;
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
