package nl.ontmoet.journey;

import nl.ontmoet.TestUsers;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.dashboard.service.AdminTodayService;
import nl.ontmoet.dashboard.service.ManagerTodayService;
import nl.ontmoet.dashboard.service.TodayService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Each demo account lands on Vandaag, sees the numbers its services give, and follows a card to the screen
 * where the work is done; the coordinator's page also at tablet width.
 */
class TodayJourneyIT extends BrowserJourney {

    @Autowired TestUsers users;
    @Autowired TodayService today;
    @Autowired ManagerTodayService managerToday;
    @Autowired AdminTodayService adminToday;
    @Autowired CentreService centres;

    @Test
    void a_coordinator_sees_the_hours_to_approve_and_goes_to_approve_them() {
        logIn("coordinator", "demo");
        var figures = users.as("coordinator", () -> today.coordinator(centres.lastUsed().orElseThrow().getId()));
        assertThat(page.locator(".today-view h2").first()).hasText(figures.centreName());
        assertCount("today-hours", figures.hoursToApprove());
        assertCount("today-vog-missing", figures.vogMissing());
        assertCount("today-reports-overdue", figures.reportsOverdue());
        screenshot("today-coordinator");
        page.setViewportSize(820, 1180);
        screenshot("today-coordinator-tablet");
        page.setViewportSize(1366, 768);
        follow("today-hours", ".*/centres/" + figures.centreSlug() + "/volunteer-allowances$");
        screenshot("today-coordinator-hours");
    }

    @Test
    void a_second_coordinator_sees_only_their_centre() {
        logIn("coordinator2", "demo");
        var figures = users.as("coordinator2", () -> today.coordinator(centres.lastUsed().orElseThrow().getId()));
        assertThat(page.locator(".today-view h2").first()).hasText("Wijkcentrum De Pomhorst");
        assertCount("today-subsidy-drafts", figures.subsidyDrafts());
        screenshot("today-coordinator2");
        follow("today-subsidy-drafts", ".*/centres/wijkcentrum-de-pomhorst/subsidies$");
    }

    @Test
    void a_coach_sees_their_coachees_and_opens_the_agreements() {
        logIn("coach", "demo");
        var figures = users.as("coach", () -> today.coach());
        assertCount("today-coach-agreements", figures.agreementsOpen());
        assertThat(page.locator("#today-coachees")).containsText("Cor Bakker");
        screenshot("today-coach");
        follow("today-coach-agreements", ".*/coaching$");
    }

    @Test
    void a_manager_sees_the_decisions_waiting_and_every_centre() {
        logIn("manager", "demo");
        var figures = users.as("manager", () -> managerToday.manager());
        assertCount("today-decisions", figures.decisions().size());
        assertThat(page.locator("#today-centres")).containsText("Wijkcentrum De Pomhorst");
        screenshot("today-manager");
        page.setViewportSize(820, 1180);
        screenshot("today-manager-tablet");
        page.setViewportSize(1366, 768);
        follow("today-decisions", ".*/subsidies/review$");
    }

    @Test
    void an_admin_sees_the_missing_allowance_limits_and_goes_to_enter_them() {
        logIn("admin", "demo");
        var figures = users.as("admin", () -> adminToday.admin());
        assertCount("today-blocked", figures.blockedAccounts());
        assertThat(page.locator("#today-limits-missing .today-count")).hasText(
                figures.missingLimitsYear() == null ? "✓" : String.valueOf(figures.missingLimitsYear()));
        screenshot("today-admin");
        follow("today-limits-missing", ".*/admin/allowance-limits$");
    }

    private void assertCount(String card, long expected) {
        assertThat(page.locator("#" + card + " .today-count")).hasText(String.valueOf(expected));
    }

    private void follow(String card, String url) {
        page.locator("#" + card).click();
        assertThat(page).hasURL(Pattern.compile(url));
    }
}
