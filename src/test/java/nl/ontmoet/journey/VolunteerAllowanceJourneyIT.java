package nl.ontmoet.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coordinator registers a volunteer who gets 170 a month elsewhere (2.040 of the 2.100 a year), enters and
 * approves hours, pays per hour after confirming the sum, pays part of March's hours and the rest in April, then a
 * fixed amount that the year limit refuses by name, and exactly what is left; reimburses costs with a receipt apart
 * from the limits. An admin then pays over the limit: the page and the overview say the whole year is taxable.
 */
class VolunteerAllowanceJourneyIT extends BrowserJourney {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    private final String name = "Journey Jasper " + Long.toString(System.nanoTime(), 36);
    private String volunteerUrl;

    @Test
    void coordinator_pays_hours_partly_and_late_until_the_year_limit_reimburses_costs_and_an_override_is_flagged()
            throws Exception {
        logIn("coordinator", "demo");
        page.navigate("/centres/huis-van-de-wijk-de-nude/volunteers");
        button("Vrijwilliger aanmelden").click();
        var nameField = page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true));
        assertThat(nameField).hasValue("");
        nameField.fill(name);
        date(page.getByLabel("Geboortedatum"), "1-6-1975");
        page.getByLabel("Vergoeding van andere organisaties per maand").fill("170");
        button("Opslaan").click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/volunteers/\\d+$"),
                new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(20_000));
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Uren"))).isVisible();
        volunteerUrl = page.url();
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

        // two more days in March, approved; March is paid partly in March and the rest in April
        hours("10-3-2025", "2");
        hours("17-3-2025", "3");
        button("Hele maand goedkeuren").click();
        assertThat(page.locator(".volunteer-hours")).containsText("maart 2025: 5 uur, waarvan 5 goedgekeurd");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vergoedingen")).click();
        var form = page.locator(".volunteer-payments");
        date(page.getByLabel("Betaaldatum"), "28-2-2025");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Per uur")).check();
        assertThat(form).containsText("Deze vergoeding betaalt de aangevinkte uren: 4 uur.");
        assertThat(form).containsText("telt mee in de maand en het jaar waarin ze wordt betaald");
        textbox("Uurtarief").fill("5");
        button("Vergoeding betalen").click();
        var dialog = page.locator("vaadin-confirm-dialog");
        assertThat(dialog).containsText("4 uur × € 5,00 = € 20,00.");
        screenshot("allowance-4-confirm-sum");
        confirm();
        var payments = page.locator(".volunteer-payment-grid");
        assertThat(payments).containsText("€ 20,00");
        shot("allowance-5-paid-per-hour");

        // partial payment: only the hours of 10 March
        date(page.getByLabel("Betaaldatum"), "28-3-2025");
        var unpaid = page.locator(".volunteer-unpaid-hours");
        assertThat(unpaid).containsText("17-03-2025");
        unpaid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHas(
                page.locator("vaadin-checkbox"))).nth(2).locator("vaadin-checkbox").click();
        assertThat(form).containsText("de aangevinkte uren: 2 uur.");
        shot("allowance-6-partial-hours");
        button("Vergoeding betalen").click();
        assertThat(dialog).containsText("2 uur × € 5,00 = € 10,00.");
        confirm();
        assertThat(payments).containsText("€ 10,00");

        // the rest of March paid in April, counted in April
        date(page.getByLabel("Betaaldatum"), "10-4-2025");
        assertThat(form).containsText("de aangevinkte uren: 3 uur.");
        button("Vergoeding betalen").click();
        assertThat(dialog).containsText("3 uur × € 5,00 = € 15,00. Het bedrag wordt geboekt en telt mee voor april 2025.");
        confirm();
        assertThat(payments).containsText("€ 15,00");

        pay("28-5-2025", "20");
        var refusal = "Deze betaling overschrijdt het jaarmaximum van € 2.100,00 met € 5,00. "
                + "Dit jaar kan nog € 15,00 worden betaald.";
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(refusal)))
                .isVisible();
        assertThat(page.locator("vaadin-big-decimal-field").filter(new Locator.FilterOptions().setHasText("Bedrag"))
                .first()).containsText(refusal);
        shot("allowance-7-year-limit-refused");

        textbox("Bedrag").fill("15");
        button("Vergoeding betalen").click();
        confirm();
        assertThat(payments).containsText("€ 15,00");
        assertThat(payments.locator(".volunteer-limit-status").first()).containsText("Binnen de maxima");
        // the refusal stays a few seconds in the middle of the screen; wait so that it hides nothing
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(refusal)))
                .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
        shot("allowance-8-year-limit-reached");

        // costs with a receipt: apart, and no limit stops them
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Onkosten")).click();
        var costs = page.locator(".volunteer-reimbursements");
        date(costs.getByLabel("Betaaldatum"), "30-5-2025");
        costs.getByLabel("Bedrag").fill("23,80");
        costs.getByLabel("Waarvoor").fill("Treinkaartje vrijwilligersmarkt");
        Path receipt = Files.createTempFile("bon", ".png");
        Files.write(receipt, PNG);
        costs.locator("vaadin-upload input[type=file]").setInputFiles(receipt);
        assertThat(costs).containsText("wordt met de vergoeding bewaard");
        button("Onkosten vergoeden").click();
        assertThat(dialog).containsText("telt niet mee voor de maxima");
        confirm();
        assertThat(costs.locator("vaadin-grid")).containsText("Treinkaartje vrijwilligersmarkt");
        assertThat(costs.locator("vaadin-grid")).containsText("€ 23,80");
        page.locator(".volunteer-allowance-section").scrollIntoViewIfNeeded();
        screenshot("allowance-9-reimbursement");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijna aan het maximum")).click();
        page.getByLabel("Jaar").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2025")).click();
        assertThat(page.locator(".volunteer-near-limit-grid")).containsText(name);
        assertThat(page.locator(".volunteer-near-limit-grid")).containsText("100,0 % – maximum bereikt");
        screenshot("allowance-10-near-limit-overview");
        String volunteerPage = volunteerUrl;

        // an admin pays over the limit: the whole year becomes taxable, and every screen says so
        logOut();
        logIn("admin", "demo");
        page.navigate(volunteerPage);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vergoedingen")).click();
        date(page.getByLabel("Betaaldatum"), "30-6-2025");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Vast bedrag")).check();
        textbox("Bedrag").fill("50");
        page.getByLabel("Reden om boven het maximum te betalen").fill("Extra inzet zomerfeest, na overleg");
        assertThat(form).containsText("het hele bedrag van dat jaar, bij alle centra samen, belast inkomen");
        button("Vergoeding betalen").click();
        assertThat(dialog).containsText("Let op: deze betaling gaat boven een maximum.");
        screenshot("allowance-11-override-confirm");
        confirm();
        var taxable = page.locator(".volunteer-taxable-warning");
        assertThat(taxable).containsText("In 2025 is boven een maximum betaald");
        assertThat(taxable).containsText("€ 110,00 bij alle centra samen");
        page.locator(".volunteer-allowance-section").scrollIntoViewIfNeeded();
        screenshot("allowance-12-override-warning");

        page.navigate("/centres/huis-van-de-wijk-de-nude/volunteer-allowances");
        page.getByLabel("Jaar").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2025")).click();
        assertThat(page.locator(".volunteer-over-limit-grid")).containsText(name);
        assertThat(page.locator(".volunteer-over-limit-grid")).containsText("hele jaarbedrag belast");
        screenshot("allowance-13-overview-taxable-apart");
    }

    private void hours(String date, String amount) {
        date(page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)), date);
        textbox("Taak").fill("Bardienst");
        textbox("Uren").fill(amount);
        button("Uren toevoegen").click();
        assertThat(page.locator(".volunteer-hours vaadin-grid")).containsText(date.replaceAll("^(\\d)-", "0$1-")
                .replaceAll("-(\\d)-", "-0$1-"));
    }

    private void confirm() {
        var confirm = page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        confirm.click();
        assertThat(page.locator("vaadin-confirm-dialog")).hasCount(0);
    }

    /** A fixed amount; the confirmation is accepted, the service may still refuse. */
    private void pay(String date, String amount) {
        date(page.getByLabel("Betaaldatum"), date);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Vast bedrag")).check();
        textbox("Bedrag").fill(amount);
        button("Vergoeding betalen").click();
        confirm();
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
