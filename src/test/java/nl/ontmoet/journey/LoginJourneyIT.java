package nl.ontmoet.journey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every demo account logs in, sees the menu of its role and nothing else, and logs out. */
class LoginJourneyIT extends BrowserJourney {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "admin;Vandaag|Centra|Vrijwilligers per centrum|Jaarcijfers|Gebruikers|Kostensoorten|Vrijwilligersvergoeding|Auditlog;Anna Beheer",
            "manager;Vandaag|Centra|Programmakalender gemeente|Overlappende participatieavonden|Coachinginzicht|Subsidieregelingen|Aanvragen beoordelen|Termijnen subsidies|Vrijwilligers per centrum|Jaarcijfers;Mark de Vries",
            "coach;Overzicht|Ruimtes|Programma|Kalender|Sluitingsdagen|Beheerder|Boekingen|Rekeningen|Begroting|Subsidies|Vandaag|Coaching|Centra;Carla Jansen",
            "coordinator;Overzicht|Ruimtes|Programma|Kalender|Sluitingsdagen|Beheerder|Boekingen|Rekeningen|Begroting|Subsidies|Vrijwilligers|Vandaag|Coaching|Centra;Cor Bakker",
            "coordinator2;Overzicht|Ruimtes|Programma|Kalender|Sluitingsdagen|Beheerder|Boekingen|Rekeningen|Begroting|Subsidies|Vrijwilligers|Vandaag|Coaching|Centra;Fatima El Amrani"})
    void each_demo_account_sees_the_menu_of_its_role(String username, String menu, String displayName) {
        logIn(username, "demo");
        assertThat(page.locator(".user-name")).hasText(displayName);
        List<String> expected = Arrays.asList(menu.split("\\|"));
        assertThat(menuLabels()).containsExactlyElementsOf(expected);
        screenshot("login-" + username);
        logOut();
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_on_the_login_form() {
        logIn("coordinator", "fout");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Inloggen mislukt");
        screenshot("login-wrong-password");
    }

    @Test
    void a_coordinator_switches_between_their_centres_and_cannot_open_another() {
        logIn("coordinator", "demo");
        assertThat(page.locator(".today-view")).isVisible();
        // start from the other centre: the switcher shows the centre opened last, which other tests may have set
        page.navigate("/centres/buurthuis-ons-huis");
        assertThat(page.locator("h2").first()).hasText("Buurthuis Ons Huis");
        page.locator(".centre-switcher").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Huis van de Wijk De Nude")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/centres/huis-van-de-wijk-de-nude$"));
        assertThat(page.locator("h2").first()).hasText("Huis van de Wijk De Nude");
        screenshot("coordinator-centre");
        openMenu("Ruimtes");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/rooms$"));
        assertThat(page.locator("vaadin-grid")).containsText("Grote zaal");
        screenshot("coordinator-rooms");
        page.setViewportSize(820, 1180);
        assertThat(page.locator("vaadin-app-layout[overlay]:not([drawer-opened])")).hasCount(1);
        screenshot("coordinator-rooms-tablet");
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-app-layout[drawer-opened]")).hasCount(1);
        page.waitForTimeout(600); // the drawer slides in
        screenshot("coordinator-rooms-tablet-menu");
        page.keyboard().press("Escape");
        assertThat(page.locator("vaadin-app-layout[drawer-opened]")).hasCount(0);
        page.setViewportSize(1366, 860);

        page.navigate("/centres/wijkcentrum-de-pomhorst/rooms");
        assertThat(page.locator(".not-found-view")).containsText("geen toegang");
        assertThat(page.locator("body")).not().containsText("Spreekkamer");
        screenshot("coordinator-no-access");
    }

    @Test
    void keyboard_users_skip_the_menu_and_land_in_the_screen_after_navigating() {
        logIn("coordinator", "demo");
        page.locator(".skip-link").focus();
        assertThat(page.locator(".skip-link")).hasText("Naar de inhoud");
        assertThat(page.locator(".skip-link")).isInViewport();
        screenshot("keyboard-skip-link");
        page.keyboard().press("Enter");
        page.waitForCondition(this::focusIsInTheScreen);

        openMenu("Ruimtes");
        page.waitForCondition(this::focusIsInTheScreen);
    }

    private boolean focusIsInTheScreen() {
        return (Boolean) page.evaluate("() => { const main = document.querySelector('[data-main-content]');"
                + " return !!main && main.contains(document.activeElement); }");
    }

    @Test
    void an_admin_manages_users_and_reads_the_audit_log() {
        logIn("admin", "demo");
        openMenu("Gebruikers");
        assertThat(page.locator("vaadin-grid").first()).containsText("coordinator2");
        page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Carla Jansen")).first().click();
        assertThat(page.locator(".coach-assignments")).containsText("Cor Bakker");
        screenshot("admin-users");
        openMenu("Auditlog");
        // Filter first: the newest entries depend on which tests ran before this one.
        var entityType = page.getByRole(com.microsoft.playwright.options.AriaRole.COMBOBOX,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Soort gegeven"));
        entityType.fill("Centrum");
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Centrum").setExact(true)).click();
        assertThat(page.locator("vaadin-combo-box-overlay[opened]")).hasCount(0);
        assertThat(page.locator("vaadin-grid-cell-content",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText(
                        java.util.regex.Pattern.compile("^Centrum$"))).first()).isVisible();
        screenshot("admin-audit");
        openMenu("Centra");
        assertThat(page.locator("vaadin-grid").first()).containsText("Ontmoetingscentrum Tongelre");
        screenshot("admin-centres");
    }
}
