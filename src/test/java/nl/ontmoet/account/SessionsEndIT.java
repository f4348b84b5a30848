package nl.ontmoet.account;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles are read at login, so an open session must not outlive a block, a role change or a new password: the next
 * request of that session meets the login page with "U bent uitgelogd", and Vaadin's client is told its session ended.
 */
@IntegrationTest
class SessionsEndIT {

    @LocalServerPort int port;
    @Autowired UserAccountService accountService;
    @Autowired TestUsers users;

    @Test
    void blocking_an_account_ends_its_open_session() throws Exception {
        assertSessionEndsAfter("geblokkeerd.coach", account -> account.setEnabled(false), null);
    }

    @Test
    void another_role_ends_the_open_session() throws Exception {
        assertSessionEndsAfter("andere.rol", account -> account.setRoles(EnumSet.of(Role.MANAGER)), null);
    }

    @Test
    void a_new_password_ends_the_open_session() throws Exception {
        assertSessionEndsAfter("nieuw.wachtwoord", account -> { }, "een-ander-wachtwoord");
    }

    @Test
    void a_new_display_name_leaves_the_session_open() throws Exception {
        var browser = loggedIn(create("nieuwe.naam"));

        users.as("admin", () -> change("nieuwe.naam", account -> account.setDisplayName("Andere Naam"), null));

        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
    }

    private void assertSessionEndsAfter(String username, Consumer<UserAccount> change, String newPassword)
            throws Exception {
        var browser = loggedIn(create(username));
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);

        users.as("admin", () -> change(username, change, newPassword));

        var page = get(browser, "/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(get(browser, "/").headers().firstValue("Location"))
                .as("the ended session is logged out, not only redirected once")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void vaadin_requests_of_an_ended_session_get_the_answer_its_client_knows() throws Exception {
        var browser = loggedIn(create("vaadin.client"));
        users.as("admin", () -> change("vaadin.client", account -> account.setEnabled(false), null));

        var uidl = browser.send(HttpRequest.newBuilder(URI.create(origin() + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).isEqualTo("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
    }

    private String create(String username) {
        return users.as("admin", () -> {
            var account = new UserAccount(username, "Test " + username);
            account.setRoles(Set.of(Role.COACH));
            accountService.save(account, "lang-genoeg-1");
            return username;
        });
    }

    private void change(String username, Consumer<UserAccount> change, String newPassword) {
        var account = accountService.search(username, org.springframework.data.domain.Pageable.ofSize(5)).stream()
                .filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow();
        change.accept(account);
        accountService.save(account, newPassword);
    }

    private HttpClient loggedIn(String username) throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        get(browser, "/login");
        var login = browser.send(HttpRequest.newBuilder(URI.create(origin() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=lang-genoeg-1")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(origin() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
