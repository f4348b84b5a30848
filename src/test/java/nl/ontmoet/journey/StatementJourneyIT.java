package nl.ontmoet.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import nl.ontmoet.centre.service.CentreService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The treasurer's year as the coordinator of De Nude does it: set the bank account's opening balance, import the
 * bank's CAMT.053 statement, categorise the new transactions and keep the proposed matches, see the ledger's running
 * balance equal the statement's closing balance, close the year and download the year-end statement to sign.
 */
class StatementJourneyIT extends BrowserJourney {

    private static final String NUDE = "huis-van-de-wijk-de-nude";
    private static final Path STATEMENT = Path.of("src/test/resources/statements/demo-camt053.xml");
    /** The statement's opening balance on 9 November and closing balance on 13 November. */
    private static final BigDecimal STATEMENT_OPENING = new BigDecimal("31089.85");
    private static final String STATEMENT_CLOSING = "€ 32.084,45";

    @Autowired TestUsers users;
    @Autowired CentreService centres;
    @Autowired LedgerAccountService accounts;
    @Autowired YearCloseService yearClose;

    @Test
    void a_coordinator_imports_a_statement_reconciles_closes_the_year_and_downloads_the_year_end_pdf()
            throws IOException {
        int year = TestClock.TODAY.getYear();
        long nude = users.as("coordinator", () -> centres.get(NUDE).getId());
        var bank = users.as("coordinator", () -> accounts.accounts(nude).getFirst());
        // what the account must hold on 1 January for the statement to follow on from the ledger's entries so far
        BigDecimal movement = users.as("coordinator", () -> accounts.balanceOn(bank.getId(), LocalDate.of(year, 11, 8))
                .subtract(accounts.openingBalance(bank.getId(), year)));
        BigDecimal opening = STATEMENT_OPENING.subtract(movement);
        logIn("coordinator", "demo");
        try {
            setOpeningBalance(bank.getName(), year, opening);
            importStatement();
            seeRunningBalance();
            closeYearAndDownload(year);
        } catch (AssertionError | RuntimeException failure) {
            screenshot("statement-failure");
            throw failure;
        } finally {
            users.as("admin", () -> {
                if (yearClose.isClosed(nude, year)) {
                    yearClose.reopen(nude, year, "Weer geopend na de controle van het afschrift");
                }
            });
        }
    }

    private void setOpeningBalance(String account, int year, BigDecimal opening) {
        page.navigate("/centres/" + NUDE + "/accounts");
        // the screen opens with the first account, the bank account, chosen
        var field = page.getByLabel("Beginsaldo 1 januari " + year + " – " + account);
        field.fill(opening.toPlainString().replace('.', ','));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beginsaldo opslaan")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("opgeslagen");
        screenshot("statement-1-opening-balance");
    }

    private void importStatement() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bankafschrift inlezen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/" + NUDE + "/accounts/statement$"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(STATEMENT);
        choose("Kosten betaalpakket oktober", "Bankkosten");
        choose("Eigen bijdrage cursus Nederlands", "Bijdragen deelnemers");
        choose("Flyers open dag", "Marketing en communicatie");
        screenshot("statement-2-proposals");
        page.setViewportSize(820, 1180);
        screenshot("statement-2-proposals-tablet");
        page.setViewportSize(1366, 768);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen bevestigen")).click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        var outcome = page.locator("[data-reconciled]");
        assertThat(outcome).hasAttribute("data-reconciled", "true");
        assertThat(outcome).containsText("Het saldo klopt");
        assertThat(outcome).containsText(STATEMENT_CLOSING);
        screenshot("statement-3-reconciled");
    }

    private void choose(String description, String category) {
        var box = page.getByLabel("Categorie voor " + description);
        box.fill(category);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(category)).first().click();
        assertThat(box).hasValue(category);
    }

    private void seeRunningBalance() {
        page.navigate("/centres/" + NUDE + "/ledger");
        var grid = page.locator(".ledger-list vaadin-grid");
        assertThat(grid).containsText("Flyers open dag");
        assertThat(grid).containsText(STATEMENT_CLOSING);
        screenshot("statement-4-ledger-balance");
    }

    private void closeYearAndDownload(int year) throws IOException {
        page.navigate("/centres/" + NUDE + "/budget/" + year);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jaar afsluiten")).click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        assertThat(page).hasURL(Pattern.compile(".*/centres/" + NUDE + "/year-end/" + year + "$"));
        assertThat(page.locator(".year-status")).containsText("Definitief");
        screenshot("statement-5-year-end");
        Download pdf = page.waitForDownload(() -> page.getByText("Jaarrekening (PDF, om te ondertekenen)").click());
        Path file = Files.createTempFile("jaarrekening", ".pdf");
        pdf.saveAs(file);
        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Jaarrekening " + year,
                    "Balans per 31-12-" + year, "Voorzitter", "Penningmeester").doesNotContain("Voorlopig");
        }
    }
}
