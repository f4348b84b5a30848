package nl.ontmoet.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Vaadin Flow's client protocol as the browser speaks it: a page load ({@code GET} of the route, then
 * {@code ?v-r=init} which creates the UI and returns its id and the CSRF token {@code Vaadin-Security-Key}),
 * followed by UIDL requests ({@code POST ?v-r=uidl}) that carry RPC calls with the token, the server's last
 * {@code syncId} and the client's own message counter {@code clientId}. Every response is checked for Vaadin's
 * error and session-expired markers and for the application's own error page.
 */
final class VaadinRequests {

    private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600"
            + "&v-curdate=1796641200000&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FAmsterdam"
            + "&v-wn=ontmoet-load&v-td=false&v-pr=1&v-np=Win32";

    private VaadinRequests() {
    }

    /**
     * Loads a route as a fresh page: the bootstrap HTML, the UI's init request, and the navigation event that the
     * client's router sends to render the view; the view's response must match the expected pattern. Further checks
     * (e.g. to save node ids) apply to that response.
     */
    static ChainBuilder open(String name, Function<Session, String> route, String expectedPattern,
                             CheckBuilder... viewChecks) {
        return exec(http(name + " page").get(session -> "/" + route.apply(session))
                        .check(status().is(200), substring("<html").exists()))
                .exec(http(name + " init")
                        .get(session -> "/?v-r=init&location=" + encode(route.apply(session)) + "&query="
                                + BROWSER_DETAILS)
                        .check(status().is(200),
                                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                                regex("\"syncId\":(\\d+)").saveAs("syncId"))
                        .check(noErrors()))
                .exec(session -> session.set("clientId", 0))
                .exec(rpc(name, session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"" + route.apply(session) + "\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]", expectedPattern, viewChecks));
    }

    /** One UIDL round trip with the given RPC calls (a JSON array); the response must match the pattern. */
    static ChainBuilder rpc(String name, Function<Session, String> calls, String expectedPattern,
                            CheckBuilder... moreChecks) {
        HttpRequestActionBuilder request = http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + session.getString("uiId"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":"
                        + calls.apply(session) + ",\"syncId\":" + session.getString("syncId")
                        + ",\"clientId\":" + session.getInt("clientId") + "}"))
                .check(status().is(200), regex("\"syncId\":(\\d+)").saveAs("syncId"))
                .check(noErrors());
        if (expectedPattern != null) {
            request = request.check(regex(expectedPattern).exists());
        }
        if (moreChecks.length > 0) {
            request = request.check(moreChecks);
        }
        return exec(request).exec(session -> session.set("clientId", session.getInt("clientId") + 1));
    }

    static CheckBuilder[] noErrors() {
        return new CheckBuilder[]{
                substring("\"appError\"").notExists(),
                substring("\"sessionExpired\"").notExists(),
                substring("Er ging iets mis").notExists(),
                substring("Internal Server Error").notExists(),
                substring("Niet gevonden").notExists()};
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
