package nl.ontmoet.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.ontmoet.subsidy.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator fills the budget by copying the centre's budget, adds an attachment and submits; the manager
 * asks for changes with the centre's context in view; the coordinator changes and resubmits; the manager sees
 * versions 1 and 2 with what changed, and the deadlines table.
 */
class SubsidyContentJourneyIT extends BrowserJourney {

    private static final String TITLE = "Journey: buurtmoestuin met de school";
    private static final String CHANGE = "Journey: graag de begroting zonder personeelskosten";

    @Autowired
    JdbcTemplate jdbc;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void budget_attachment_versions_and_deadlines() {
        logIn("coordinator", "demo");
        page.navigate("/centres/huis-van-de-wijk-de-nude/subsidies");
        assertThat(page.locator("vaadin-grid.deadlines-grid")).containsText("Te laat, 12 dagen");
        screenshot("subsidy-content-1-centre-deadlines");
        page.getByRole(AriaRole.BUTTON, named("Nieuwe aanvraag")).click();
        page.getByLabel("Regeling").fill("Buurtinitiatieven");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Buurtinitiatieven")).first()
                .click();
        page.getByLabel("Titel").fill(TITLE);
        page.getByLabel("Gevraagd bedrag").fill("3000");
        page.getByLabel("Doel").fill("Kinderen en ouderen uit de wijk kweken samen groente.");
        page.getByLabel("Activiteitenplan").fill("Elke woensdagmiddag tuinieren met de groepen 6 van de school.");
        page.getByLabel("Verwacht aantal activiteiten").fill("30");
        page.getByLabel("Verwacht aantal bezoekers").fill("600");
        page.getByLabel("Verwacht aantal vrijwilligers").fill("5");
        page.getByRole(AriaRole.BUTTON, named("Concept opslaan")).click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/subsidies/\\d+$"));
        String applicationUrl = page.url();

        var budget = page.locator(".subsidy-budget");
        budget.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kopiëren uit begroting centrum"))
                .click();
        assertThat(budget.locator("vaadin-grid")).containsText("Personeel");
        assertThat(budget).containsText("Totale kosten");
        var attachments = page.locator(".subsidy-attachments");
        attachments.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("tuinplan.pdf", "application/pdf", TestFiles.pdf()));
        assertThat(attachments.locator("ul[aria-label='Bijlagen']")).containsText("tuinplan.pdf");
        attachments.scrollIntoViewIfNeeded();
        screenshot("subsidy-content-2-budget-and-attachment");
        page.getByRole(AriaRole.BUTTON, named("Indienen")).click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Ingediend");
        assertThat(page.locator(".subsidy-versions")).containsText("Versie 1 — ingediend");
        logOut();

        logIn("manager", "demo");
        page.navigate(applicationUrl);
        assertThat(page.locator(".review-context")).containsText("Begroting van het centrum");
        assertThat(page.locator(".review-context")).containsText("Eerdere aanvragen van dit centrum");
        page.locator(".review-context").scrollIntoViewIfNeeded();
        screenshot("subsidy-content-3-manager-context");
        page.getByLabel("Motivering").fill(CHANGE);
        page.getByRole(AriaRole.BUTTON, named("Aanpassing vragen")).click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Aanpassing gevraagd");
        logOut();

        logIn("coordinator", "demo");
        page.navigate(applicationUrl);
        page.getByLabel("Gevraagd bedrag").fill("2500");
        page.getByRole(AriaRole.BUTTON, named("Concept opslaan")).click();
        assertThat(page.locator(".subsidy-application vaadin-notification-card, vaadin-notification-card").first())
                .containsText("opgeslagen");
        page.locator(".subsidy-budget vaadin-button[aria-label='Regel verwijderen: Personeel']").click();
        assertThat(page.locator(".subsidy-budget vaadin-grid")).not().containsText("Personeel");
        page.getByRole(AriaRole.BUTTON, named("Indienen")).click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Ingediend");
        logOut();

        logIn("manager", "demo");
        page.navigate(applicationUrl);
        var versions = page.locator(".subsidy-versions");
        assertThat(versions).containsText("Versie 1 — ingediend");
        assertThat(versions).containsText("Versie 2 — ingediend");
        versions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Versie 2")))
                .click();
        assertThat(versions.locator(".version-shown")).containsText("gewijzigd");
        assertThat(versions.locator(".version-shown")).containsText("vervallen");
        versions.locator(".version-shown").scrollIntoViewIfNeeded();
        screenshot("subsidy-content-4-manager-version-2");
        openMenu("Termijnen subsidies");
        assertThat(page).hasURL(Pattern.compile(".*/subsidies/deadlines$"));
        var deadlines = page.locator("vaadin-grid.deadlines-grid");
        assertThat(deadlines).containsText("Te laat, 12 dagen");
        assertThat(deadlines).containsText(TITLE);
        screenshot("subsidy-content-5-manager-deadlines");
        logOut();

        assertThat(jdbc.queryForObject("""
                select count(*) from subsidy_version v join subsidy_application a on a.id = v.application_id
                where a.title = ?""", Long.class, TITLE)).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from subsidy_attachment f join subsidy_application a on a.id = f.application_id
                where a.title = ?""", Long.class, TITLE)).isEqualTo(1);
    }
}
