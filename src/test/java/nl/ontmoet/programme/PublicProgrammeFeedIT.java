package nl.ontmoet.programme;

import nl.ontmoet.TestClock;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.service.SessionChangeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public feed and printable page work without login and reveal only public, current sessions; a cancelled
 * session stays as STATUS:CANCELLED, a moved one comes with a higher SEQUENCE, and an unchanged feed is 304.
 */
@IntegrationTest
class PublicProgrammeFeedIT {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @LocalServerPort int port;
    @Autowired CentreRepository centres;
    @Autowired RoomRepository rooms;
    @Autowired UserAccountRepository accounts;
    @Autowired ActivityRepository activities;
    @Autowired ActivitySessionRepository sessions;
    @Autowired SessionChangeService changes;
    @Autowired TransactionTemplate transaction;
    @Autowired TestUsers users;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ProgrammeFixture fixture;
    private Centre centre;
    private Room room;
    private Activity open;
    private Activity closed;

    /** A centre of its own with a public and a private activity in one room. */
    @BeforeEach
    void fixture() {
        fixture = new ProgrammeFixture(centres, rooms, accounts, activities, sessions, transaction, users, jdbc);
        centre = fixture.centre("coordinator");
        room = fixture.room(centre, "Zaal", 50);
        open = fixture.activity(centre, "Open koffieochtend", ActivityType.ONTMOETING, 20, true);
        closed = fixture.activity(centre, "Geheim bestuursoverleg", ActivityType.OVERIG, 5, false);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(HttpResponse<String> response) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        return calendar.<VEvent>getComponents(Component.VEVENT);
    }

    private static String utc(LocalDateTime local) {
        return local.atZone(TestClock.ZONE).toInstant().atZone(ZoneOffset.UTC).format(UTC);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void the_ical_feed_keeps_cancelled_and_moved_sessions_and_leaks_no_private_activity() throws Exception {
        var archived = fixture.activity(centre, "Oude cursus", ActivityType.CURSUS_WORKSHOP, 5, true);
        LocalDate day = TestClock.TODAY.plusDays(3);
        var planned = fixture.session(open, room, day.atTime(10, 0), day.atTime(12, 0));
        var cancelled = fixture.session(open, room, day.plusWeeks(1).atTime(10, 0), day.plusWeeks(1).atTime(12, 0));
        var moved = fixture.session(open, room, day.plusWeeks(2).atTime(10, 0), day.plusWeeks(2).atTime(12, 0));
        fixture.session(closed, room, day.atTime(14, 0), day.atTime(15, 0));
        fixture.session(archived, room, day.atTime(16, 0), day.atTime(17, 0));
        transaction.executeWithoutResult(s -> activities.findById(archived.getId()).orElseThrow().archive());
        String path = "/public/centres/" + centre.getSlug() + "/programme.ics";

        var before = get(path);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
        var original = events(before);
        assertThat(original).hasSize(3).allSatisfy(e -> assertThat(property(e, Property.SEQUENCE)).isEqualTo("0"));
        String movedUid = original.get(2).getUid().orElseThrow().getValue();
        String cancelledUid = original.get(1).getUid().orElseThrow().getValue();

        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

        Thread.sleep(1100); // Last-Modified counts whole seconds
        users.as("coordinator", () -> {
            changes.cancel(cancelled.getId(), cancelled.getVersion(), "Vakantie");
            changes.move(moved.getId(), moved.getVersion(), day.plusWeeks(2).plusDays(1), LocalTime.of(14, 0),
                    LocalTime.of(16, 0), false, room.getId());
        });

        var after = get(path, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).hasValueSatisfying(v -> assertThat(v).isNotEqualTo(etag));
        var events = events(after);
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsOnly("Open koffieochtend");
        assertThat(events).hasSize(3);
        VEvent first = events.get(0);
        assertThat(property(first, Property.DTSTART)).isEqualTo(utc(day.atTime(10, 0)));
        assertThat(first.getProperty(Property.STATUS)).isEmpty();
        assertThat(property(first, Property.SEQUENCE)).isEqualTo("0");

        VEvent gone = events.get(1);
        assertThat(gone.getUid().orElseThrow().getValue()).isEqualTo(cancelledUid)
                .isEqualTo("session-" + cancelled.getId() + "@" + centre.getSlug() + ".ontmoet");
        assertThat(property(gone, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(property(gone, Property.SEQUENCE)).isEqualTo("1");

        VEvent later = events.get(2);
        assertThat(later.getUid().orElseThrow().getValue()).isEqualTo(movedUid);
        assertThat(Integer.parseInt(property(later, Property.SEQUENCE))).isGreaterThan(0);
        assertThat(property(later, Property.DTSTART)).isEqualTo(utc(day.plusWeeks(2).plusDays(1).atTime(14, 0)));
        assertThat(property(later, Property.DTEND)).isEqualTo(utc(day.plusWeeks(2).plusDays(1).atTime(16, 0)));
        assertThat(property(later, Property.LAST_MODIFIED)).isEqualTo(property(later, Property.DTSTAMP))
                .isGreaterThan(property(original.get(2), Property.LAST_MODIFIED));
        assertThat(after.body()).doesNotContain("Geheim", "Oude cursus", "Vakantie", "06-99999999");
        String newEtag = after.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, "If-None-Match", newEtag).statusCode()).isEqualTo(304);

        assertThat(get("/public/centres/bestaat-niet/programme.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void the_printable_week_strikes_through_cancelled_sessions_and_says_where_moved_ones_were() throws Exception {
        LocalDate monday = TestClock.TODAY.plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        fixture.session(open, room, monday.atTime(10, 0), monday.atTime(12, 0));
        var cancelled = fixture.session(open, room, monday.plusDays(1).atTime(10, 0), monday.plusDays(1).atTime(12, 0));
        var moved = fixture.session(open, room, monday.plusDays(2).atTime(10, 0), monday.plusDays(2).atTime(12, 0));
        fixture.session(closed, room, monday.atTime(14, 0), monday.atTime(15, 0));
        users.as("coordinator", () -> {
            changes.cancel(cancelled.getId(), cancelled.getVersion(), "Vrijwilliger ziek");
            changes.move(moved.getId(), moved.getVersion(), monday.plusDays(3), LocalTime.of(19, 0),
                    LocalTime.of(21, 0), false, room.getId());
        });

        var page = get("/public/centres/" + centre.getSlug() + "/programme.html?week=" + monday);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Open koffieochtend", "<tr class=\"cancelled\"><td><s>10:00–12:00</s>",
                        "<span class=\"status\">Vervalt</span>", "19:00–21:00",
                        "Verplaatst van " + nl.ontmoet.base.format.Formats.DUTCH.dayLabel(monday.plusDays(2)) + " 10:00")
                .doesNotContain("Geheim", "Vrijwilliger ziek", "06-99999999");
    }
}
