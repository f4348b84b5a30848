package nl.ontmoet.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coordinator gives a volunteer skills and availability, finds them as a match for an activity and reads the VOG
 * overview; the admin sees the counts per centre and erases the volunteer on request.
 */
class VolunteerRegisterJourneyIT extends BrowserJourney {

    private static final String NAME = "Journey Joost Tagsma";

    @BeforeEach
    void allowForABusyMachine() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void coordinator_matches_a_volunteer_and_admin_erases_them() {
        logIn("coordinator", "demo");
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.navigate("/centres/huis-van-de-wijk-de-nude/volunteers");
        assertThat(page.locator(".volunteer-summary")).containsText("Actieve vrijwilligers bij dit centrum:");
        button("Vrijwilliger aanmelden").click();
        var form = page.locator(".volunteer-form");
        var name = form.getByLabel("Naam", new Locator.GetByLabelOptions().setExact(true));
        assertThat(name).hasValue("");
        name.fill(NAME);
        var born = form.getByLabel("Geboortedatum");
        born.fill("1-6-1975");
        born.press("Enter");
        form.getByLabel("Status").fill("Actief");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Actief")).first().click();
        var skills = form.getByLabel("Vaardigheden");
        skills.fill("Computer");
        skills.press("Enter");
        skills.fill("Fietsen repareren");
        skills.press("Enter");
        form.getByLabel("Interesses").fill("Techniek");
        form.getByLabel("Interesses").press("Enter");
        // by keyboard, as a screen reader user would: Tab leaves the tag field, Space ticks a day part
        form.getByLabel("Interesses").press("Tab");
        form.getByLabel("maandagmiddag").press(" ");
        form.getByLabel("donderdagavond").press(" ");
        assertThat(form.getByLabel("maandagmiddag")).isChecked();
        screenshot("volunteer-register-1-tags-and-availability");
        button("Opslaan").click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/volunteers/\\d+$"));
        String volunteerUrl = page.url().replaceFirst("^https?://[^/]+", "");
        assertThat(form.locator("vaadin-multi-select-combo-box-chip:not([hidden])",
                new Locator.LocatorOptions().setHasText("Fietsen repareren"))).isVisible();
        assertThat(form.getByLabel("maandagmiddag")).isChecked();
        screenshot("volunteer-register-2-saved");

        button("Zoek vrijwilligers voor activiteit").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        var activity = dialog.getByLabel("Activiteit");
        activity.fill("Computercursus");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Computercursus voor 60-plussers"))
                .first().click();
        var matches = dialog.locator("vaadin-grid");
        assertThat(matches).containsText(NAME);
        assertThat(matches).containsText("Past: Computer, maandagmiddag");
        screenshot("volunteer-register-3-match");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();

        var vog = page.locator(".vog-overview");
        vog.scrollIntoViewIfNeeded();
        assertThat(vog).containsText("Ontbreekt");
        assertThat(vog).containsText("Verlopen sinds");
        screenshot("volunteer-register-4-vog-overview");
        logOut();

        logIn("admin", "demo");
        page.locator("vaadin-side-nav-item").first().waitFor();
        openMenu("Vrijwilligers per centrum");
        assertThat(page.locator("vaadin-grid")).containsText("Huis van de Wijk De Nude");
        assertThat(page.locator("body")).not().containsText("Ria van den Berg");
        screenshot("volunteer-register-5-counts-per-centre");

        page.navigate(volunteerUrl);
        assertThat(form.getByLabel("Naam", new Locator.GetByLabelOptions().setExact(true))).hasValue(NAME);
        button("Gegevens wissen").click();
        var erase = page.getByRole(AriaRole.DIALOG);
        erase.getByLabel("Typ de naam van de vrijwilliger ter bevestiging").fill(NAME);
        screenshot("volunteer-register-6-erase-confirm");
        erase.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Definitief wissen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/volunteers$"));
        assertThat(page.locator("vaadin-grid").first()).containsText("Geanonimiseerde vrijwilliger #");
        assertThat(page.locator("vaadin-grid").first()).not().containsText(NAME);
        page.navigate(volunteerUrl);
        assertThat(form).containsText("Gegevens gewist op verzoek");
        assertThat(button("Opslaan")).isDisabled();
        screenshot("volunteer-register-7-erased");
    }

    private Locator button(String label) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).first();
    }
}
