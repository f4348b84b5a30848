package nl.ontmoet.coaching.service;

import nl.ontmoet.coaching.domain.AgreementOwner;

import java.time.LocalDate;

/** An agreement in a list; {@code mayMarkDone} says whether the reader owns it and may tick it off. */
public record AgreementRow(long id, long sessionId, LocalDate sessionDate, String coordinatorName,
                           AgreementOwner owner, String description, LocalDate dueDate, boolean done,
                           boolean overdue, boolean mayMarkDone) {
}
