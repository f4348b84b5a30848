package nl.ontmoet.coaching.service;

import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.SessionForm;
import nl.ontmoet.coaching.domain.SessionStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One session as the reader may see it. {@code privateNotes} is filled only for the coach who wrote the
 * session; {@code reflections} holds the coordinator's own reflection, or for the coach every reflection.
 */
public record SessionDetail(long id, LocalDate date, int durationMinutes, SessionForm form, SessionStatus status,
                            Set<CoachingTopic> topics, List<Person> participants, String coachName, String summary,
                            String privateNotes, boolean readerIsCoach, boolean editable,
                            List<ReflectionRow> reflections) {

    public String participantNames() {
        return String.join(", ", participants.stream().map(Person::name).toList());
    }

    public record Person(long id, String name) {
    }

    public record ReflectionRow(String coordinatorName, String text) {
    }
}
