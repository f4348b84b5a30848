package nl.ontmoet.programme;

import nl.ontmoet.TestClock;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The public feed and printable page work without login and reveal only public, current, planned sessions. */
@IntegrationTest
class PublicProgrammeFeedIT {

    @LocalServerPort int port;
    @Autowired CentreRepository centres;
    @Autowired RoomRepository rooms;
    @Autowired UserAccountRepository accounts;
    @Autowired ActivityRepository activities;
    @Autowired ActivitySessionRepository sessions;
    @Autowired TransactionTemplate transaction;
    @Autowired TestUsers users;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_ical_feed_parses_and_leaks_no_private_activity() throws Exception {
        var fixture = new ProgrammeFixture(centres, rooms, accounts, activities, sessions, transaction, users, jdbc);
        var centre = fixture.centre("coordinator");
        var room = fixture.room(centre, "Zaal", 50);
        var open = fixture.activity(centre, "Open koffieochtend", ActivityType.ONTMOETING, 20, true);
        var closed = fixture.activity(centre, "Geheim bestuursoverleg", ActivityType.OVERIG, 5, false);
        var archived = fixture.activity(centre, "Oude cursus", ActivityType.CURSUS_WORKSHOP, 5, true);
        LocalDate day = TestClock.TODAY.plusDays(3);
        fixture.session(open, room, day.atTime(10, 0), day.atTime(12, 0));
        var cancelled = fixture.session(open, room, day.plusWeeks(1).atTime(10, 0), day.plusWeeks(1).atTime(12, 0));
        transaction.executeWithoutResult(s -> {
            var stored = sessions.findById(cancelled.getId()).orElseThrow();
            stored.cancel("Vakantie");
        });
        fixture.session(closed, room, day.atTime(14, 0), day.atTime(15, 0));
        fixture.session(archived, room, day.atTime(16, 0), day.atTime(17, 0));
        transaction.executeWithoutResult(s -> activities.findById(archived.getId()).orElseThrow().archive());

        var response = get("/public/centres/" + centre.getSlug() + "/programme.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        var calendar = new CalendarBuilder().build(new StringReader(response.body()));
        var events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = (VEvent) events.getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Open koffieochtend");
        assertThat(event.getUid()).isPresent();
        assertThat(event.getDateTimeStart().getValue()).isEqualTo(
                day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant()
                        .atZone(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
        assertThat(response.body()).doesNotContain("Geheim", "Oude cursus", "Vakantie", "06-99999999");

        var page = get("/public/centres/" + centre.getSlug() + "/programme.html?week=" + day);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Open koffieochtend").doesNotContain("Geheim", "Oude cursus", "06-99999999");

        assertThat(get("/public/centres/bestaat-niet/programme.ics").statusCode()).isEqualTo(404);
        fixture.cleanUp();
    }
}
