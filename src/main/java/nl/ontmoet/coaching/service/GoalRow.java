package nl.ontmoet.coaching.service;

import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.GoalStatus;

import java.time.LocalDate;
import java.util.List;

/** A development goal with its progress notes, as its coach or coordinator sees it. */
public record GoalRow(long id, String coordinatorName, String title, String description, CoachingTopic topic,
                      LocalDate targetDate, GoalStatus status, LocalDate achievedOn, String reflection,
                      List<NoteRow> notes) {

    public record NoteRow(LocalDate writtenOn, String authorName, String text) {
    }
}
