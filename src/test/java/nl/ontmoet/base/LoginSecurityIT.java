package nl.ontmoet.base;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page as an attacker meets it: security headers, no login from another site, and throttled guessing. */
@IntegrationTest
class LoginSecurityIT {

    @LocalServerPort int port;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_cookie_stays_out_of_urls_and_scripts() throws Exception {
        var page = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(page.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void a_login_posted_from_another_site_is_refused_and_not_logged_in() throws Exception {
        var attack = logIn("manager", "demo", "https://evil.example");

        assertThat(attack.statusCode()).isEqualTo(403);
        assertThat(home().statusCode()).isNotEqualTo(200);
        assertThat(logIn("manager", "demo", origin()).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error", "locked"));
        assertThat(home().statusCode()).isEqualTo(200);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_waits_and_every_attempt_is_audited() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(logIn("coordinator2", "wrong-" + attempt, origin()).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        assertThat(logIn("coordinator2", "demo", origin()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
        assertThat(home().statusCode()).isNotEqualTo(200);
        assertThat(logIn("no-such-user", "x", origin()).headers().firstValue("Location"))
                .as("a name that does not exist gets the same answer as a wrong password")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        clock.advance(Duration.ofMinutes(2));
        assertThat(logIn("coordinator2", "demo", origin()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error", "locked"));
        assertThat(home().statusCode()).isEqualTo(200);
        assertThat(audited("coordinator2", "LOGIN_FAIL")).isGreaterThanOrEqualTo(5);
        assertThat(audited("coordinator2", "LOCKED")).isGreaterThanOrEqualTo(1);
        assertThat(audited("coordinator2", "LOGIN")).isGreaterThanOrEqualTo(1);
    }

    private HttpResponse<String> logIn(String username, String password, String origin) throws Exception {
        browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> home() throws Exception {
        return browser.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int audited(String username, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = ? and entity_type = 'Login'",
                Integer.class, username, action);
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private URI url(String path) {
        return URI.create(origin() + path);
    }
}
