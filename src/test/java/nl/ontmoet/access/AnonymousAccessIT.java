package nl.ontmoet.access;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.access.AccessTable.Cell;
import nl.ontmoet.access.AccessTable.Row;
import nl.ontmoet.access.AccessTable.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route and web path of the access table asked over HTTP without logging in: what the table opens to
 * anonymous visitors answers 200, every other route redirects to the login page.
 */
@IntegrationTest
class AnonymousAccessIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void closed_routes_redirect_to_the_login_and_public_ones_answer() throws Exception {
        String activity = String.valueOf(jdbc.queryForObject("select min(id) from activity", Long.class));
        var wrong = new ArrayList<String>();
        var table = AccessTable.read();
        var rows = new ArrayList<Row>(table.routes());
        rows.addAll(table.paths());
        for (Row row : rows) {
            String path = row.what().replaceAll("/:\\w+\\?", "").replace(":centre", "huis-van-de-wijk-de-nude")
                    .replace("{slug}", "huis-van-de-wijk-de-nude").replaceAll(":\\w+", activity);
            var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = response.headers().firstValue("Location").orElse("");
            boolean open = response.statusCode() == 200;
            boolean toLogin = response.statusCode() == 302 && location.endsWith("/login");
            boolean expectedOpen = row.cell(Subject.ANONYMOUS) == Cell.YES;
            if (expectedOpen ? !open : !toLogin) {
                wrong.add("  " + AccessTable.DOCUMENT + ":" + row.line() + " " + row.what() + " (" + path + ") should "
                        + (expectedOpen ? "answer 200" : "redirect to /login") + " but answered " + response.statusCode()
                        + (location.isEmpty() ? "" : " to " + location));
            }
        }
        assertThat(wrong).as(() -> "Anonymous requests that do not behave as the access table says:\n"
                + String.join("\n", wrong)).isEmpty();
    }
}
