package nl.ontmoet.notification.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.notification.domain.Notification;
import nl.ontmoet.notification.domain.NotificationKind;
import nl.ontmoet.notification.domain.NotificationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Stores notifications within the caller's transaction (the step that caused them, or the daily job). One with a
 * due date is stored once per recipient, kind, subject and due date (also a unique key), so repeating the daily
 * job adds nothing.
 */
@Component
@RequiredArgsConstructor
class NotificationWriter {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Returns how many were stored. */
    int notify(Collection<Long> recipients, NotificationKind kind, long subjectId, String subjectTitle,
               LocalDate dueOn, String route) {
        int stored = 0;
        for (long recipient : recipients) {
            if (dueOn != null
                    && notifications.existsByRecipientIdAndKindAndSubjectIdAndDueOn(recipient, kind, subjectId, dueOn)) {
                continue;
            }
            var saved = notifications.save(
                    new Notification(recipient, kind, subjectId, subjectTitle, dueOn, route, clock.instant()));
            events.publishEvent(new NotificationCreated(saved.getId()));
            stored++;
        }
        return stored;
    }
}
