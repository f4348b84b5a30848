package nl.ontmoet.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.ontmoet.TestUsers;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator drafts and submits an application, the manager asks for changes, the coordinator changes
 * and resubmits it, the manager grants it; the coordinator downloads the decision letter and submits the
 * accountability report; the manager settles a lower amount and sees what is to be repaid. The timeline shows
 * every step.
 */
class SubsidyJourneyIT extends BrowserJourney {

    private static final String TITLE = "Journey: wijkmaaltijd op vrijdag";
    private static final String CHANGE = "Journey: graag het aantal vrijwilligers onderbouwen";
    private static final String PARTIAL = "De huur van de zaal valt buiten de regeling.";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    SubsidyApplicationService applications;
    @Autowired
    CentreService centres;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void coordinator_submits_manager_asks_changes_coordinator_resubmits_manager_grants_reports_and_settles()
            throws Exception {
        logIn("coordinator", "demo");
        page.navigate("/centres/huis-van-de-wijk-de-nude/subsidies");
        // other tests add applications to this centre too: the grid shows the service's first one
        String first = users.as("coordinator", () -> applications.page(centres.get("huis-van-de-wijk-de-nude").getId(),
                PageRequest.of(0, 1)).getContent().getFirst().title());
        assertThat(page.locator("vaadin-grid.applications-grid")).containsText(first);
        screenshot("subsidy-coordinator-list");
        page.getByRole(AriaRole.BUTTON, named("Nieuwe aanvraag")).click();
        assertThat(page).hasURL(Pattern.compile(".*/subsidies/new$"));
        page.getByLabel("Regeling").fill("Buurtinitiatieven");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Buurtinitiatieven")).first()
                .click();
        page.getByLabel("Titel").fill(TITLE);
        page.getByLabel("Gevraagd bedrag").fill("2400");
        page.getByLabel("Doel").fill("Alleenstaande buurtbewoners eten samen en leren elkaar kennen.");
        page.getByLabel("Activiteitenplan").fill("Elke vrijdag koken vrijwilligers een maaltijd voor 30 buren.");
        page.getByLabel("Verwacht aantal activiteiten").fill("40");
        page.getByLabel("Verwacht aantal bezoekers").fill("1200");
        page.getByLabel("Verwacht aantal vrijwilligers").fill("6");
        screenshot("subsidy-coordinator-draft");
        page.getByRole(AriaRole.BUTTON, named("Indienen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/huis-van-de-wijk-de-nude/subsidies/\\d+$"));
        assertThat(page.locator(".subsidy-application h2")).containsText("Ingediend");
        String applicationUrl = page.url();
        screenshot("subsidy-coordinator-submitted");
        logOut();

        logIn("manager", "demo");
        page.navigate("/subsidies/review");
        assertThat(page.locator("vaadin-grid.review-grid")).containsText(TITLE);
        screenshot("subsidy-manager-queue");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(TITLE)).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/subsidies/\\d+$"));
        page.getByLabel("Motivering").fill(CHANGE);
        page.getByRole(AriaRole.BUTTON, named("Aanpassing vragen")).click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Aanpassing gevraagd");
        assertThat(page.locator(".subsidy-timeline")).containsText(CHANGE);
        logOut();

        logIn("coordinator", "demo");
        page.navigate(applicationUrl);
        assertThat(page.locator(".decision-reason")).containsText(CHANGE);
        page.getByLabel("Verwacht aantal vrijwilligers").fill("8");
        page.getByLabel("Activiteitenplan").fill("Elke vrijdag koken acht vaste vrijwilligers in twee ploegen.");
        screenshot("subsidy-coordinator-changes");
        page.getByRole(AriaRole.BUTTON, named("Indienen")).click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Ingediend");
        logOut();

        logIn("manager", "demo");
        page.navigate(applicationUrl);
        page.getByLabel("Verleend bedrag").fill("2000");
        page.getByLabel("Motivering").fill(PARTIAL);
        page.getByLabel("Voorwaarden bij de verlening").fill("Verleend voor de maaltijden; vermeld de gemeente.");
        screenshot("subsidy-manager-decision");
        page.getByRole(AriaRole.BUTTON, named("Toekennen")).click();
        assertThat(page.locator("vaadin-confirm-dialog")).containsText("U verleent € 2.000,00");
        screenshot("subsidy-manager-grant-confirm");
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Verleend");
        assertThat(page.locator(".subsidy-timeline li")).hasCount(5);
        screenshot("subsidy-manager-granted");
        assertThat(page.locator("vaadin-grid.payment-lines")).containsText("1.600,00");
        page.getByRole(AriaRole.BUTTON, named("Markeer als betaald")).click();
        page.getByLabel("Referentie").fill("GEM-2026-J01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markeer als betaald: Voorschot"))
                .click();
        assertThat(page.locator(".payment-summary")).containsText("Ontvangen door het centrum: € 1.600,00");
        screenshot("subsidy-manager-advance-paid");
        page.navigate("/subsidies/schemes");
        assertThat(page.locator("vaadin-grid").first()).containsText("Buurtinitiatieven");
        screenshot("subsidy-manager-schemes");
        logOut();

        logIn("coordinator", "demo");
        page.navigate("/centres/huis-van-de-wijk-de-nude/ledger");
        assertThat(page.locator("vaadin-grid").first()).containsText("Voorschot subsidie: " + TITLE);
        screenshot("subsidy-coordinator-ledger-advance");
        assignAnExpenseToTheSubsidy();
        page.navigate(applicationUrl);
        Download letter = page.waitForDownload(() -> page.getByText("Beschikking verlening subsidie").click());
        assertThat(letter.suggestedFilename()).startsWith("beschikking-verlening-SUB-").endsWith(".pdf");
        letter.saveAs(SCREENSHOTS.resolve("subsidy-decision-letter.pdf"));
        assertThat(pdfText(letter)).contains(TITLE, "Stichting Huis van de Wijk De Nude",
                "KvK-nummer 41052317", "€ 2.400,00", "€ 2.000,00", PARTIAL, "Bezwaar maken", "zes weken",
                "Voorschot, te betalen op", "€ 1.600,00", "NL03RABO0312456789");
        page.getByLabel("Gerealiseerd aantal activiteiten").fill("38");
        page.getByLabel("Gerealiseerd aantal bezoekers").fill("1050");
        page.getByLabel("Gerealiseerd aantal vrijwilligers").fill("8");
        page.getByLabel("Toelichting", new Page.GetByLabelOptions().setExact(true))
                .fill("Twee vrijdagen vielen uit door de verbouwing van de keuken.");
        screenshot("subsidy-coordinator-report");
        page.getByRole(AriaRole.BUTTON, named("Verantwoording indienen")).click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Verantwoord");
        assertThat(page.locator(".report-summary")).containsText("1050");
        screenshot("subsidy-coordinator-reported");
        page.navigate("/centres/huis-van-de-wijk-de-nude/budget");
        assertThat(page.getByLabel("Subsidie: " + TITLE + " (verantwoord)"))
                .hasValue(Pattern.compile("2\\.?000([,.]00)?"));
        screenshot("subsidy-coordinator-budget");
        logOut();

        logIn("manager", "demo");
        page.navigate(applicationUrl);
        assertThat(page.locator(".report-summary")).containsText("35,50");
        page.getByLabel("Vastgesteld bedrag").fill("1500");
        page.getByLabel("Toelichting bij de vaststelling").fill("Vier maaltijden minder; dat deel wordt teruggevorderd.");
        assertThat(page.locator(".to-repay")).containsText("Meer betaald dan vastgesteld: € 100,00");
        screenshot("subsidy-manager-settlement");
        page.getByRole(AriaRole.BUTTON, named("Vaststellen")).click();
        assertThat(page.locator(".subsidy-application h2")).containsText("Vastgesteld");
        assertThat(page.locator(".payment-summary")).containsText("Meer betaald dan vastgesteld: € 100,00");
        assertThat(page.locator(".subsidy-timeline li")).hasCount(7);
        Download settlement = page.waitForDownload(() -> page.getByText("Beschikking vaststelling subsidie").click());
        assertThat(pdfText(settlement)).contains("€ 2.000,00", "€ 1.500,00", "Al betaald", "€ 1.600,00",
                "Terug te betalen", "€ 100,00");
        settlement.saveAs(SCREENSHOTS.resolve("subsidy-settlement-letter.pdf"));
        page.locator(".recovery-form").getByLabel("Motivering").fill("Vastgesteld op € 1.500,00 na € 1.600,00 voorschot.");
        screenshot("subsidy-manager-settled");
        page.getByRole(AriaRole.BUTTON, named("Neem besluit tot terugvordering")).click();
        assertThat(page.locator("vaadin-grid.payment-lines")).containsText("Terugvordering");
        Download repayment = page.waitForDownload(() -> page.getByText("Beschikking terugvordering subsidie").click());
        assertThat(pdfText(repayment)).contains("Beschikking terugvordering subsidie", "4:57", "€ 100,00",
                "Vastgesteld op € 1.500,00 na € 1.600,00 voorschot.", "Betaaltermijn", "Bezwaar maken",
                "KvK-nummer 41052317");
        repayment.saveAs(SCREENSHOTS.resolve("subsidy-repayment-letter.pdf"));
        screenshot("subsidy-manager-recovered");
        logOut();

        assertThat(jdbc.queryForObject("select granted_amount from subsidy_application where title = ?",
                java.math.BigDecimal.class, TITLE)).isEqualByComparingTo("2000");
        assertThat(jdbc.queryForObject("select final_amount from subsidy_application where title = ?",
                java.math.BigDecimal.class, TITLE)).isEqualByComparingTo("1500");
        assertThat(jdbc.queryForObject("""
                select count(*) from subsidy_transition t join subsidy_application a on a.id = t.application_id
                where a.title = ?""", Long.class, TITLE)).isEqualTo(7);
    }

    /** Books an expense in the ledger and assigns it to the subsidy with the subsidy chooser. */
    private void assignAnExpenseToTheSubsidy() {
        page.getByRole(AriaRole.BUTTON, named("Nieuwe boeking")).click();
        var form = page.locator(".ledger-form");
        form.getByLabel("Kostensoort").fill("Activiteiten");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Activiteiten")).first().click();
        form.getByLabel("Bedrag").fill("35,50");
        form.getByLabel("Omschrijving").fill("Boodschappen eerste maaltijd");
        form.getByLabel("Subsidie (verantwoording)").fill(TITLE);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(TITLE)).first().click();
        screenshot("subsidy-coordinator-ledger-assign");
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.locator(".ledger-list vaadin-grid")).containsText("Boodschappen eerste maaltijd");
    }

    private static String pdfText(Download download) throws java.io.IOException {
        try (var document = Loader.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
