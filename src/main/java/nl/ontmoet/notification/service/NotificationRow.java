package nl.ontmoet.notification.service;

import nl.ontmoet.notification.domain.NotificationKind;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A notification as the bell lists it (its time in the application's zone); the view renders the text from the kind. */
public record NotificationRow(long id, NotificationKind kind, String subjectTitle, LocalDate dueOn, String route,
                              LocalDateTime occurredAt, boolean read) {
}
