package nl.ontmoet.programme.ui;

import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.programme.domain.Slot;
import nl.ontmoet.programme.service.PublicProgrammeService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The public programme of a centre, without login: an iCalendar feed to subscribe to, and a printable weekly
 * page. Both show only what {@link PublicProgrammeService} publishes. The feed carries an ETag (of its text) and
 * Last-Modified, so calendar clients polling it get 304 Not Modified while nothing changed.
 */
@RestController
class PublicProgrammeController {

    /** The feed covers a month back (recent changes stay visible) and half a year ahead. */
    static final int FEED_DAYS_BACK = 31;
    static final int FEED_DAYS_AHEAD = 183;
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PublicProgrammeService programmes;
    private final BundleI18NProvider i18n;
    private final Clock clock;

    PublicProgrammeController(PublicProgrammeService programmes, com.vaadin.flow.i18n.I18NProvider i18n, Clock clock) {
        this.programmes = programmes;
        this.i18n = (BundleI18NProvider) i18n;
        this.clock = clock;
    }

    /** Spring answers a matching If-None-Match (or, without it, If-Modified-Since) with 304 and no body. */
    @GetMapping("/public/centres/{slug}/programme.ics")
    ResponseEntity<String> feed(@PathVariable String slug) {
        LocalDate today = LocalDate.now(clock.withZone(Slot.ZONE));
        var programme = programmes.programme(slug, today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD));
        String body = ProgrammeFeed.toICalendar(programme);
        String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
        return ResponseEntity.ok().contentType(CALENDAR).eTag(etag).lastModified(programme.lastModified())
                .cacheControl(CacheControl.noCache()).body(body);
    }

    @GetMapping("/public/centres/{slug}/programme.html")
    ResponseEntity<String> printableWeek(@PathVariable String slug, @RequestParam(required = false) LocalDate week) {
        LocalDate day = week == null ? LocalDate.now(clock.withZone(Slot.ZONE)) : week;
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var programme = programmes.programme(slug, monday, monday.plusDays(7));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(ProgrammeWeekPage.render(i18n, programme, monday));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
    }
}
