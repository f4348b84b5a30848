package nl.ontmoet.programme.ui;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.ontmoet.programme.domain.Slot;
import nl.ontmoet.programme.service.PublicProgrammeService.PublicProgramme;
import nl.ontmoet.programme.service.PublicProgrammeService.PublicSession;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The public programme as an iCalendar feed (RFC 5545). A session keeps its UID for life; a move or
 * cancellation raises its SEQUENCE and a cancelled one stays as STATUS:CANCELLED, so subscribed calendars
 * replace or drop the event they hold. DTSTAMP is the last change, not the moment of the request, so the
 * same programme always gives the same text (and ETag).
 */
final class ProgrammeFeed {

    private ProgrammeFeed() {
    }

    static String toICalendar(PublicProgramme programme) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Ontmoet//Programma " + programme.centreName() + "//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", programme.centreName()));
        for (PublicSession session : programme.sessions()) {
            calendar.add(event(programme, session));
        }
        var writer = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    private static VEvent event(PublicProgramme programme, PublicSession session) {
        var event = new VEvent(false);
        event.add(new DtStamp(session.modifiedAt()));
        // UTC times need no VTIMEZONE and mean the same everywhere
        event.add(new DtStart<Instant>(session.startsAt().atZone(Slot.ZONE).toInstant()));
        event.add(new DtEnd<Instant>(session.endsAt().atZone(Slot.ZONE).toInstant()));
        event.add(new Summary(session.title()));
        event.add(new Uid("session-" + session.id() + "@" + programme.slug() + ".ontmoet"));
        event.add(new Sequence(session.revision()));
        event.add(new LastModified(session.modifiedAt()));
        event.add(new Location(session.room() + ", " + programme.centreName() + ", " + programme.address()));
        if (session.description() != null && !session.description().isBlank()) {
            event.add(new Description(session.description()));
        }
        if (session.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }
}
