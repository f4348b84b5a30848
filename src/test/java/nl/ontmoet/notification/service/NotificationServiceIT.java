package nl.ontmoet.notification.service;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.notification.domain.NotificationKind;
import nl.ontmoet.notification.domain.NotificationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everyone sees, counts and marks only their own notifications. */
@IntegrationTest
class NotificationServiceIT {

    @Autowired
    NotificationService service;
    @Autowired
    NotificationWriter writer;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    ErrorMessages errorMessages;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_bell_counts_lists_newest_first_and_marks_read_for_its_owner_only() {
        users.as("coach", service::markAllRead);
        long coach = userId("coach");
        long older = store(coach, NotificationKind.AGREEMENT_DUE, 910_001);
        clock.advance(Duration.ofMinutes(5));
        long newer = store(coach, NotificationKind.AGREEMENT_DUE, 910_002);

        assertThat(users.as("coach", service::unreadCount)).isEqualTo(2);
        List<NotificationRow> recent = users.as("coach", service::recent);
        assertThat(recent).extracting(NotificationRow::id).startsWith(newer, older);
        assertThat(recent.getFirst().occurredAt()).isEqualTo(TestClock.START.plusMinutes(5));

        var read = users.as("coach", () -> service.markRead(older));
        assertThat(read.read()).isTrue();
        assertThat(read.route()).isEqualTo("coaching/sessions/1");
        assertThat(users.as("coach", service::unreadCount)).isEqualTo(1);
        assertThat(notifications.findById(older).orElseThrow().getReadAt()).isEqualTo(TestClock.NOW.plus(Duration.ofMinutes(5)));

        assertThat(users.as("coach", service::markAllRead)).isEqualTo(1);
        assertThat(users.as("coach", service::unreadCount)).isZero();
    }

    @Test
    void another_persons_notification_is_refused_as_not_found_and_stays_unread() {
        long mine = store(userId("coordinator2"), NotificationKind.VOG_EXPIRING, 910_003);
        long unreadBefore = users.as("coordinator2", service::unreadCount);

        assertThatThrownBy(() -> users.as("coordinator", () -> service.markRead(mine)))
                .isInstanceOf(RecordNotFoundException.class)
                .satisfies(e -> assertThat(errorMessages.toMessage(e, Formats.DUTCH_LOCALE).text())
                        .isEqualTo("Niet gevonden, of u heeft er geen toegang toe."));
        users.as("coordinator", service::markAllRead);

        assertThat(notifications.findById(mine).orElseThrow().isRead()).isFalse();
        assertThat(users.as("coordinator2", service::unreadCount)).isEqualTo(unreadBefore);
        assertThat(users.as("coordinator", service::recent)).extracting(NotificationRow::id).doesNotContain(mine);
    }

    @Test
    void the_list_is_limited_in_the_database() {
        long admin = userId("admin");
        for (int i = 0; i < NotificationService.RECENT + 3; i++) {
            store(admin, NotificationKind.LIMITS_MISSING, 920_000 + i);
        }
        assertThat(users.as("admin", service::recent)).hasSize(NotificationService.RECENT);
        assertThat(users.as("admin", service::unreadCount)).isGreaterThanOrEqualTo(NotificationService.RECENT + 3);
    }

    private long store(long recipient, NotificationKind kind, long subject) {
        writer.notify(List.of(recipient), kind, subject, "Onderwerp " + subject, TestClock.TODAY, "coaching/sessions/1");
        return notifications.about(kind, subject).getFirst().getId();
    }

    private long userId(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }
}
