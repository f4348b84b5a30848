package nl.ontmoet.coaching.service;

import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.SessionForm;
import nl.ontmoet.coaching.domain.SessionStatus;

import java.time.LocalDate;
import java.util.Set;

/** A session in a list: what the coordinator may read, never the coach's private notes. */
public record SessionRow(long id, LocalDate date, int durationMinutes, SessionForm form, SessionStatus status,
                         Set<CoachingTopic> topics, String participants, String coachName, String summary) {
}
