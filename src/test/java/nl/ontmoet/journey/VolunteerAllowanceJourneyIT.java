package nl.ontmoet.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coordinator registers a volunteer who gets 170 a month elsewhere (2.040 of the 2.100 a year), enters and
 * approves hours, pays per hour and then fixed amounts month after month until the year limit refuses the next one
 * by name, and finally pays exactly what is left.
 */
class VolunteerAllowanceJourneyIT extends BrowserJourney {

    private final String name = "Journey Jasper " + Long.toString(System.nanoTime(), 36);

    @Test
    void coordinator_enters_hours_and_pays_allowances_until_the_year_limit() {
        logIn("coordinator", "demo");
        page.navigate("/centres/huis-van-de-wijk-de-nude/volunteers");
        button("Vrijwilliger aanmelden").click();
        var nameField = page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true));
        assertThat(nameField).hasValue("");
        nameField.fill(name);
        date(page.getByLabel("Geboortedatum"), "1-6-1975");
        page.getByLabel("Vergoeding van andere organisaties per maand").fill("170");
        button("Opslaan").click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/volunteers/\\d+$"));
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Uren"))).isVisible();
        screenshot("allowance-1-registered");

        date(page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)), "3-2-2025");
        textbox("Taak").fill("Bardienst");
        textbox("Uren").fill("4");
        button("Uren toevoegen").click();
        var hoursGrid = page.locator(".volunteer-hours vaadin-grid");
        assertThat(hoursGrid).containsText("03-02-2025");
        assertThat(hoursGrid).containsText("Nog niet goedgekeurd");
        shot("allowance-2-hours-entered");
        button("Hele maand goedkeuren").click();
        assertThat(hoursGrid).containsText("Goedgekeurd");
        assertThat(page.locator(".volunteer-hours")).containsText("februari 2025: 4 uur, waarvan 4 goedgekeurd");
        shot("allowance-3-hours-approved");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vergoedingen")).click();
        date(page.getByLabel("Betaaldatum"), "28-2-2025");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Per uur")).check();
        assertThat(page.locator(".volunteer-payments")).containsText("Goedgekeurde uren in februari 2025: 4");
        textbox("Uurtarief").fill("5");
        button("Vergoeding betalen").click();
        var payments = page.locator(".volunteer-payment-grid");
        assertThat(payments).containsText("€ 20,00");
        shot("allowance-4-paid-per-hour");

        pay("28-3-2025", "30");
        assertThat(payments).containsText("€ 30,00");
        pay("28-4-2025", "20");
        var refusal = "Deze betaling overschrijdt het jaarmaximum van € 2.100,00 met € 10,00. "
                + "Dit jaar kan nog € 10,00 worden betaald.";
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(refusal)))
                .isVisible();
        assertThat(page.locator("vaadin-big-decimal-field").filter(new Locator.FilterOptions().setHasText("Bedrag"))
                .first()).containsText(refusal);
        shot("allowance-5-year-limit-refused");

        textbox("Bedrag").fill("10");
        button("Vergoeding betalen").click();
        assertThat(payments).containsText("€ 10,00");
        assertThat(payments.locator(".volunteer-limit-status").first()).containsText("Binnen de maxima");
        // the refusal stays a few seconds in the middle of the screen; wait so that it hides nothing
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(refusal)))
                .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
        shot("allowance-6-year-limit-reached");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijna aan het maximum")).click();
        page.getByLabel("Jaar").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2025")).click();
        assertThat(page.locator("vaadin-grid")).containsText(name);
        assertThat(page.locator("vaadin-grid")).containsText("100,0 % – maximum bereikt");
        screenshot("allowance-7-near-limit-overview");
    }

    private void pay(String date, String amount) {
        date(page.getByLabel("Betaaldatum"), date);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Vast bedrag")).check();
        textbox("Bedrag").fill(amount);
        button("Vergoeding betalen").click();
    }

    private Locator textbox(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /** The section sits below the register form: bring it into view so that the screenshot shows it. */
    private void shot(String name) {
        page.locator(".volunteer-allowance-section").scrollIntoViewIfNeeded();
        screenshot(name);
    }

    private Locator button(String label) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static void date(Locator field, String dutchDate) {
        field.fill(dutchDate);
        field.press("Enter");
    }
}
