package nl.ontmoet.notification.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.notification.domain.Notification;
import nl.ontmoet.notification.domain.NotificationRepository;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The caller's own notifications: the bell's count and list, and marking them read. Nobody reads or marks
 * another person's: an id of someone else's notification is "not found", as a missing one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NotificationService {

    /** The bell lists at most this many, newest first. */
    public static final int RECENT = 20;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    public List<NotificationRow> recent() {
        return notifications.recent(currentUser.id(), Limit.of(RECENT)).stream()
                .map(this::row).toList();
    }

    public long unreadCount() {
        return notifications.countUnread(currentUser.id());
    }

    /** Marks one of the caller's own notifications read and returns it; its route is where to go next. */
    @Transactional
    public NotificationRow markRead(long id) {
        var notification = notifications.findById(id)
                .filter(n -> n.getRecipientId() == currentUser.id())
                .orElseThrow(() -> new RecordNotFoundException("Notification", id));
        notification.markRead(clock.instant());
        return row(notification);
    }

    /** Marks all of the caller's unread notifications read; returns how many. */
    @Transactional
    public int markAllRead() {
        var unread = notifications.unread(currentUser.id());
        var now = clock.instant();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    private NotificationRow row(Notification n) {
        return new NotificationRow(n.getId(), n.getKind(), n.getSubjectTitle(), n.getDueOn(), n.getRoute(),
                LocalDateTime.ofInstant(n.getOccurredAt(), clock.getZone()), n.isRead());
    }
}
