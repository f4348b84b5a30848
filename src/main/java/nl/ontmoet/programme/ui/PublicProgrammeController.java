package nl.ontmoet.programme.ui;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.programme.domain.Slot;
import nl.ontmoet.programme.service.PublicProgrammeService;
import nl.ontmoet.programme.service.PublicProgrammeService.PublicProgramme;
import nl.ontmoet.programme.service.PublicProgrammeService.PublicSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The public programme of a centre, without login: an iCalendar feed (RFC 5545) to subscribe to, and a
 * printable weekly page. Both show only what {@link PublicProgrammeService} publishes.
 */
@RestController
class PublicProgrammeController {

    /** The feed covers a month back (recent changes stay visible) and half a year ahead. */
    static final int FEED_DAYS_BACK = 31;
    static final int FEED_DAYS_AHEAD = 183;
    private static final String PRINT_CSS = "body{font-family:sans-serif;margin:2rem;color:#1a1a1a}"
            + "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem;border-bottom:2px solid #333}"
            + "table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.3rem .5rem;"
            + "border-bottom:1px solid #ccc;vertical-align:top}td:first-child{white-space:nowrap;width:8rem}"
            + ".type{color:#444}section{break-inside:avoid}@media print{body{margin:0}}";
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PublicProgrammeService programmes;
    private final BundleI18NProvider i18n;
    private final Clock clock;

    PublicProgrammeController(PublicProgrammeService programmes, com.vaadin.flow.i18n.I18NProvider i18n, Clock clock) {
        this.programmes = programmes;
        this.i18n = (BundleI18NProvider) i18n;
        this.clock = clock;
    }

    @GetMapping("/public/centres/{slug}/programme.ics")
    ResponseEntity<String> feed(@PathVariable String slug) {
        LocalDate today = LocalDate.now(clock.withZone(Slot.ZONE));
        var programme = programmes.programme(slug, today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD));
        return ResponseEntity.ok().contentType(CALENDAR).body(toICalendar(programme));
    }

    @GetMapping("/public/centres/{slug}/programme.html")
    ResponseEntity<String> printableWeek(@PathVariable String slug, @RequestParam(required = false) LocalDate week) {
        LocalDate day = week == null ? LocalDate.now(clock.withZone(Slot.ZONE)) : week;
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var programme = programmes.programme(slug, monday, monday.plusDays(7));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(printable(programme, monday));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
    }

    static String toICalendar(PublicProgramme programme) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Ontmoet//Programma " + programme.centreName() + "//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", programme.centreName()));
        for (PublicSession session : programme.sessions()) {
            // UTC times need no VTIMEZONE and mean the same everywhere
            var event = new VEvent(session.startsAt().atZone(Slot.ZONE).toInstant(),
                    session.endsAt().atZone(Slot.ZONE).toInstant(), session.title());
            event.add(new Uid("session-" + session.id() + "@" + programme.slug() + ".ontmoet"));
            event.add(new Location(session.room() + ", " + programme.centreName() + ", " + programme.address()));
            if (session.description() != null && !session.description().isBlank()) {
                event.add(new Description(session.description()));
            }
            if (session.modifiedAt() != null) {
                event.add(new LastModified(session.modifiedAt()));
            }
            calendar.add(event);
        }
        var writer = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    private String printable(PublicProgramme programme, LocalDate monday) {
        var locale = BundleI18NProvider.DUTCH;
        var html = new StringBuilder();
        String title = i18n.getTranslation("print.title", locale, programme.centreName(),
                Formats.DUTCH.dayLabel(monday));
        html.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>" + PRINT_CSS + "</style></head><body>")
                .append("<h1>").append(esc(title)).append("</h1><p class=\"address\">")
                .append(esc(programme.address())).append("</p>");
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            var sessions = programme.sessions().stream()
                    .filter(s -> s.startsAt().toLocalDate().equals(day)).toList();
            if (sessions.isEmpty()) {
                continue;
            }
            html.append("<section><h2>").append(esc(Formats.DUTCH.weekdayAndDay(day))).append("</h2><table><thead><tr><th scope=\"col\">")
                    .append(esc(i18n.getTranslation("print.time", locale))).append("</th><th scope=\"col\">")
                    .append(esc(i18n.getTranslation("print.activity", locale))).append("</th><th scope=\"col\">")
                    .append(esc(i18n.getTranslation("print.room", locale))).append("</th></tr></thead><tbody>");
            for (PublicSession s : sessions) {
                html.append("<tr><td>").append(Formats.DUTCH.time(s.startsAt())).append("–")
                        .append(Formats.DUTCH.time(s.endsAt())).append("</td><td><strong>")
                        .append(esc(s.title())).append("</strong> <span class=\"type\">(")
                        .append(esc(i18n.getTranslation("activity.type." + s.type(), locale))).append(")</span>");
                if (s.targetGroup() != null && !s.targetGroup().isBlank()) {
                    html.append("<br>").append(esc(i18n.getTranslation("print.for", locale, s.targetGroup())));
                }
                html.append("</td><td>").append(esc(s.room())).append("</td></tr>");
            }
            html.append("</tbody></table></section>");
        }
        if (programme.sessions().isEmpty()) {
            html.append("<p>").append(esc(i18n.getTranslation("print.empty", locale))).append("</p>");
        }
        html.append("</body></html>");
        return html.toString();
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
