package nl.ontmoet.base.sso;

import nl.ontmoet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an issuer configured, single sign-on does not exist: its addresses lead to the login page like any other. */
@IntegrationTest
class SingleSignOnOffIT {

    @LocalServerPort int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void without_an_issuer_there_is_no_redirect_to_a_provider_and_no_callback() throws Exception {
        var start = get("/oauth2/authorization/sso");
        var callback = get("/login/oauth2/code/sso?code=made-up&state=made-up");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/login").doesNotContain("authorize"));
        assertThat(callback.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .doesNotContain("sso="));
        assertThat(get("/").statusCode()).as("nobody is logged in").isEqualTo(302);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
