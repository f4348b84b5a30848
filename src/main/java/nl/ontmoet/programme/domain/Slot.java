package nl.ontmoet.programme.domain;

import nl.ontmoet.base.domain.BusinessRuleException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A stretch of wall-clock time in the centre's zone. Two slots overlap only when one starts before the other
 * ends: a session from 19:00 to 21:00 and one from 21:00 to 22:00 may share a room.
 */
public record Slot(LocalDateTime start, LocalDateTime end) {

    /** All centres are in one Dutch municipality. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Duration LONGEST = Duration.ofHours(24);

    public boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
        return overlaps(new Slot(otherStart, otherEnd));
    }

    /** Real elapsed time, so a night session across a DST change is measured correctly. */
    public Duration duration() {
        return Duration.between(start.atZone(ZONE), end.atZone(ZONE));
    }

    /**
     * The slot for a date and two clock times, checked: the end must lie after the start, a session that ends
     * the next day must say so, and it lasts at most 24 hours. A start that does not exist (the hour skipped
     * in March) moves forward to the first valid time, as a clock on the wall would.
     */
    public static Slot of(LocalDate day, LocalTime startTime, LocalTime endTime, boolean endsNextDay) {
        if (day == null || startTime == null || endTime == null) {
            throw BusinessRuleException.onField("date", "session.error.incomplete");
        }
        LocalDateTime start = existing(day.atTime(startTime));
        LocalDateTime end = existing((endsNextDay ? day.plusDays(1) : day).atTime(endTime));
        if (!endsNextDay && endTime.isBefore(startTime)) {
            throw BusinessRuleException.onField("endTime", "session.error.spansMidnight");
        }
        if (!end.isAfter(start)) {
            throw BusinessRuleException.onField("endTime", "session.error.endNotAfterStart");
        }
        var slot = new Slot(start, end);
        if (slot.duration().compareTo(LONGEST) > 0) {
            throw BusinessRuleException.onField("endTime", "session.error.tooLong");
        }
        return slot;
    }

    static LocalDateTime existing(LocalDateTime wallClock) {
        return ZonedDateTime.of(wallClock, ZONE).toLocalDateTime();
    }
}
