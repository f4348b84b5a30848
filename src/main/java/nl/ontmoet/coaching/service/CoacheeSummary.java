package nl.ontmoet.coaching.service;

import java.time.LocalDate;

/** A coordinator on the coach's overview. {@code active} is false once the assignment has ended. */
public record CoacheeSummary(long coordinatorId, String name, boolean active, LocalDate lastSession,
                             LocalDate nextSession, long openAgreements, long activeGoals) {
}
