package nl.ontmoet.programme.domain;

import java.time.LocalDateTime;

/** One session as the calendars and lists show it; read straight from a query, no entities. */
public record CalendarEntry(Long sessionId, Long activityId, String title, ActivityType type, Long roomId,
                           String roomName, Long centreId, String centreName, String centreSlug,
                           LocalDateTime startsAt, LocalDateTime endsAt, boolean cancelled) {
}
