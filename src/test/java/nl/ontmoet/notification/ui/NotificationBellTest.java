package nl.ontmoet.notification.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import nl.ontmoet.TestClock;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.ui.CentreView;
import nl.ontmoet.dashboard.ui.HomeView;
import nl.ontmoet.notification.domain.Notification;
import nl.ontmoet.notification.domain.NotificationKind;
import nl.ontmoet.notification.domain.NotificationRepository;
import nl.ontmoet.notification.service.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell in the title bar: its count (also for screen readers), the list newest first, read on click. */
@SpringBootTest
class NotificationBellTest extends SpringBrowserlessTest {

    private static final String NUDE = Centre.slugFor("Huis van de Wijk De Nude");

    @Autowired
    NotificationService service;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    UserAccountRepository accounts;

    @Test
    @WithUserDetails("coordinator")
    void the_bell_counts_unread_lists_newest_first_and_a_click_opens_the_record_and_marks_it_read() {
        service.markAllRead();
        long me = accounts.findByUsername("coordinator").orElseThrow().getId();
        notifications.save(new Notification(me, NotificationKind.CHANGES_REQUESTED, 940_001, "Oudste aanvraag", null,
                "centres/" + NUDE + "/subsidies", TestClock.NOW));
        notifications.save(new Notification(me, NotificationKind.APPLICATION_GRANTED, 940_002, "Nieuwste aanvraag",
                null, "centres/" + NUDE, TestClock.NOW.plus(Duration.ofMinutes(1))));

        navigate(HomeView.class);
        Button bell = bell();
        assertThat(bell.getAriaLabel()).hasValue("Meldingen, 2 ongelezen");
        assertThat($(NotificationBell.class).single().badge().getText()).isEqualTo("2");
        assertThat($(NotificationBell.class).single().popover().isOpened()).isFalse();

        test(bell).click();
        assertThat($(NotificationBell.class).single().popover().isOpened()).isTrue();
        List<Button> items = items();
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items.get(0).getElement().getTextRecursively()).startsWith("Uw aanvraag ‘Nieuwste aanvraag’ is verleend.");
        assertThat(items.get(1).getElement().getTextRecursively())
                .startsWith("Er is om een wijziging van uw aanvraag ‘Oudste aanvraag’ gevraagd.");
        assertThat(items.get(0).getClassNames()).contains("unread");

        test(items.get(0)).click();
        assertThat(getCurrentView()).isInstanceOf(CentreView.class);
        assertThat(bell().getAriaLabel()).hasValue("Meldingen, 1 ongelezen");
        assertThat($(NotificationBell.class).single().popover().isOpened()).isFalse();

        test(bell()).click();
        assertThat(items().get(0).getClassNames()).doesNotContain("unread");
        test($(Button.class).id("notification-all-read")).click();
        assertThat(bell().getAriaLabel()).hasValue("Meldingen, geen ongelezen");
        assertThat(service.unreadCount()).isZero();
    }

    @Test
    @WithUserDetails("coordinator2")
    void with_everything_read_the_bell_says_none_unread_and_shows_no_badge() {
        service.markAllRead();
        navigate(HomeView.class);
        assertThat(bell().getAriaLabel()).hasValue("Meldingen, geen ongelezen");
        assertThat($(NotificationBell.class).single().badge().isVisible()).isFalse();
    }

    private Button bell() {
        return $(Button.class).id("notification-bell");
    }

    private List<Button> items() {
        return $(Button.class).all().stream().filter(b -> b.getClassNames().contains("notification-item")).toList();
    }
}
