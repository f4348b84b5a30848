package nl.ontmoet.journey;

import nl.ontmoet.TestUsers;
import nl.ontmoet.notification.service.NotificationService;
import nl.ontmoet.subsidy.SubsidyFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A policy officer is told of a new application: the bell counts it, the list shows it first, and a click opens the
 * application and marks it read; at desktop and tablet width.
 */
class NotificationJourneyIT extends BrowserJourney {

    @Autowired TestUsers users;
    @Autowired SubsidyFixture subsidy;
    @Autowired NotificationService notifications;

    @Test
    void a_manager_opens_a_new_application_from_the_bell() {
        var scheme = subsidy.scheme("Bel " + System.nanoTime(), "100000");
        long id = subsidy.submitted(scheme, "Repair café in de wijk", "1500");
        long unread = users.as("manager", notifications::unreadCount);
        logIn("manager", "demo");

        var bell = page.locator("#notification-bell");
        assertThat(bell).hasAttribute("aria-label", label(unread));
        bell.click();
        var first = page.locator(".notification-item").first();
        assertThat(first).containsText("Nieuwe aanvraag te beoordelen: ‘Repair café in de wijk’.");
        screenshot("notifications-manager");
        page.setViewportSize(820, 1180);
        screenshot("notifications-manager-tablet");
        page.setViewportSize(1366, 768);

        first.click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/" + SubsidyFixture.NUDE + "/subsidies/" + id + "$"));
        assertThat(bell).hasAttribute("aria-label", label(unread - 1));
        screenshot("notifications-manager-opened");
    }

    private static String label(long unread) {
        return unread == 0 ? "Meldingen, geen ongelezen" : "Meldingen, " + unread + " ongelezen";
    }
}
