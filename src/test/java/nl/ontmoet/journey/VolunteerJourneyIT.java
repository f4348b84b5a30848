package nl.ontmoet.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The admin sees that the current year has no allowance limits yet; the coordinator registers a volunteer, is
 * refused a duplicate, and opens the volunteer by their bookmarkable address. (Hours and payments come later.)
 */
class VolunteerJourneyIT extends BrowserJourney {

    private static final String NAME = "Journey Jolanda de Wit";

    @Test
    void admin_reads_the_limits_and_coordinator_registers_a_volunteer() {
        logIn("admin", "demo");
        page.navigate("/admin/allowance-limits");
        assertThat(page.locator("vaadin-grid")).containsText("2025");
        assertThat(page.locator("body")).containsText("zijn nog geen grenzen ingevoerd");
        screenshot("volunteer-admin-limits");
        logOut();

        logIn("coordinator", "demo");
        page.navigate("/centres/huis-van-de-wijk-de-nude/volunteers");
        assertThat(page.locator("vaadin-grid").first()).containsText("Ria van den Berg");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vrijwilliger aanmelden")).click();
        register();
        assertThat(page).hasURL(Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/volunteers/\\d+$"));
        // the register is the first grid; the volunteer's hours and allowances follow below the form
        assertThat(page.locator("vaadin-grid").first()).containsText(NAME);
        screenshot("volunteer-registered");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vrijwilliger aanmelden")).click();
        register();
        assertThat(page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Naam")).first())
                .containsText("staat al als vrijwilliger bij dit centrum ingeschreven");
        screenshot("volunteer-duplicate-refused");
    }

    private void register() {
        var name = page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true));
        // "Vrijwilliger aanmelden" empties the form on the server; typing before that arrives would be wiped.
        assertThat(name).hasValue("");
        name.fill(NAME);
        var born = LocalDate.of(1975, 6, 1);
        var date = page.getByLabel("Geboortedatum");
        date.fill(born.getDayOfMonth() + "-" + born.getMonthValue() + "-" + born.getYear());
        date.press("Enter");
        page.getByLabel("E-mailadres").fill("jolanda@example.nl");
        page.getByLabel("Taken").fill("Koffieochtend");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
    }
}
