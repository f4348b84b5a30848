package nl.ontmoet.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Staff of the generated municipality (scripts/generate-data.sh) working in the application through its real
 * Vaadin UI over HTTP: seven in ten are coordinators, two managers, one a coach. Each logs in with the form (Spring
 * Security's CSRF token from the page), opens the home page, the ledger of a centre, the week calendar and a subsidy
 * application, and keeps doing so with 5–10 s think time until the run ends. Settings (system properties):
 * {@code baseUrl}, {@code users}, {@code rampSeconds}, {@code holdSeconds}, {@code centres}.
 */
public class UserJourneySimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8085");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 120);
    private static final int HOLD_SECONDS = Integer.getInteger("holdSeconds", 60);
    private static final int CENTRES = Integer.getInteger("centres", 50);
    private static final int COORDINATORS = Integer.getInteger("coordinators", 150);
    private static final int COACHES = Integer.getInteger("coaches", 30);
    private static final int MANAGERS = Integer.getInteger("managers", 20);
    private static final String PASSWORD = "load";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Ontmoet load test")
            .disableCaching();

    /** User n of the run: role by n mod 10, the account and the centre it works in. */
    static Iterator<Map<String, Object>> staff() {
        List<Map<String, Object>> users = new ArrayList<>();
        for (int n = 0; n < Math.max(USERS, 1); n++) {
            int kind = n % 10;
            String username;
            int centre;
            if (kind < 7) {
                int coordinator = n % COORDINATORS;
                username = "coordinator" + (coordinator + 1);
                centre = coordinator % CENTRES + 1;
            } else if (kind < 9) {
                username = "manager" + (n % MANAGERS + 1);
                centre = n % CENTRES + 1;
            } else {
                // coach k supports coordinator k (and every coaches-th after it), who runs centre k
                int coach = n % COACHES;
                username = "coach" + (coach + 1);
                centre = coach % CENTRES + 1;
            }
            users.add(Map.of("username", username, "centre", "centrum-" + centre,
                    "role", username.replaceAll("\\d", "")));
        }
        return users.iterator();
    }

    private final ChainBuilder login = exec(http("login page").get("/login")
            .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("loginCsrf")))
            .exec(http("login").post("/login")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{loginCsrf}")
                    .check(status().is(200), currentLocation().not(BASE_URL + "/login?error")));

    /** A generated activity's title, as the week calendar shows it. */
    private static final String ACTIVITY = "\"value\":\"(Koffieochtend|Taalcaf|Yoga|Kinderclub|Spreekuur|Repair|Kookcaf"
            + "|Bewonersavond|Schilderclub|Biljartclub)";
    /** A generated booking as the ledger grid receives it. */
    private static final String BOOKING = "\"col3\":\"(Boodschappen|Huur|Energie|Verhuur zaal|Bijdrage deelnemers"
            + "|Onderhoud|Drukwerk|Koffie en thee|Vrijwilligersvergoeding|Subsidie)";

    private final ChainBuilder work = exec(VaadinRequests.open("home", session -> "", "Uitloggen"))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(VaadinRequests.open("ledger", session -> "centres/" + session.getString("centre") + "/ledger",
                    BOOKING,
                    regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-grid\"")
                            .saveAs("grid"),
                    regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"label\",\"feat\":1,\"value\":\"Zoeken\"")
                            .saveAs("search")))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(VaadinRequests.rpc("ledger next page", session -> "[{\"type\":\"publishedEventHandler\",\"node\":"
                    + session.getString("grid") + ",\"templateEventMethodName\":\"setViewportRange\","
                    + "\"templateEventMethodArgs\":[50,50],\"promise\":0}]", BOOKING))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(VaadinRequests.rpc("ledger filter", session -> "[{\"type\":\"mSync\",\"node\":"
                    + session.getString("search") + ",\"feature\":1,\"property\":\"value\",\"value\":\"Huur\"},"
                    + "{\"type\":\"event\",\"node\":" + session.getString("search")
                    + ",\"event\":\"change\",\"data\":{}}]", "\"col3\":\"Huur \\d+"))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(VaadinRequests.open("calendar", session -> "centres/" + session.getString("centre") + "/calendar",
                    ACTIVITY))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(VaadinRequests.open("subsidies", session -> "centres/" + session.getString("centre") + "/subsidies",
                    "Programma \\d{4} "))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(VaadinRequests.open("subsidy application", session -> "centres/" + session.getString("centre")
                    + "/subsidies/" + application(session.getString("centre")), "Programma \\d{4} "))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10));

    /** The generator numbers applications round the centres: centre k has ids k, k + centres, k + 2 centres, ... */
    private static long application(String centre) {
        int k = Integer.parseInt(centre.substring("centrum-".length()));
        int perCentre = Math.max(1, Integer.getInteger("applications", 2000) / CENTRES);
        return k + (long) CENTRES * java.util.concurrent.ThreadLocalRandom.current().nextInt(perCentre);
    }

    private final ScenarioBuilder staff = scenario("staff")
            .feed(staff())
            .exec(login)
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .during(Duration.ofSeconds(RAMP_SECONDS + HOLD_SECONDS)).on(work);

    {
        setUp(staff.injectOpen(USERS <= 1 ? atOnceUsers(1) : rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + HOLD_SECONDS + 60))
                .assertions(global().failedRequests().count().is(0L));
    }
}
