package nl.ontmoet.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.ontmoet.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens last year's jaarrekening from the budget (provisional: the year is open), and downloads the
 * PDF for the board and the XLSX; screenshots at a laptop's and a tablet's width.
 */
class YearEndJourneyIT extends BrowserJourney {

    private static final String NUDE = "huis-van-de-wijk-de-nude";

    @Test
    void a_coordinator_opens_the_year_end_statement_and_downloads_its_pdf_and_xlsx() throws IOException {
        int year = TestClock.TODAY.getYear() - 1;
        logIn("coordinator", "demo");
        try {
            journey(year);
        } catch (AssertionError | RuntimeException failure) {
            screenshot("year-end-failure");
            throw failure;
        }
    }

    private void journey(int year) throws IOException {
        page.navigate("/centres/" + NUDE + "/budget/" + year);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voorlopige jaarrekening " + year)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/centres/" + NUDE + "/year-end/" + year));
        assertThat(page.locator(".year-status")).hasText("Voorlopig: " + year + " is nog niet afgesloten");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staat van baten en lasten")))
                .isVisible();
        assertThat(page.locator(".year-end-grid").first()).containsText("Totaal baten");
        assertThat(page.locator(".year-end-grid").last()).containsText("Totaal passiva");
        screenshot("year-end-1366");
        page.setViewportSize(820, 1180);
        screenshot("year-end-820");
        page.setViewportSize(1366, 860);

        Download pdf = page.waitForDownload(() -> page.getByText("Jaarrekening (PDF, om te ondertekenen)").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("jaarrekening-" + NUDE + "-" + year + ".pdf");
        Path pdfFile = Files.createTempFile("jaarrekening", ".pdf");
        pdf.saveAs(pdfFile);
        try (var document = Loader.loadPDF(pdfFile.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Jaarrekening " + year, "Voorlopig",
                    "Balans per 31-12-" + year, "Voorzitter", "Penningmeester");
        }

        Download xlsx = page.waitForDownload(() -> page.getByText("Jaarrekening (XLSX)").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("jaarrekening-" + NUDE + "-" + year + ".xlsx");
        Path xlsxFile = Files.createTempFile("jaarrekening", ".xlsx");
        xlsx.saveAs(xlsxFile);
        try (var workbook = new ReadableWorkbook(xlsxFile.toFile())) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.stream().map(r -> r.getCellText(0))).contains("Totaal baten", "Totaal lasten",
                    "Resultaat", "Totaal activa", "Totaal passiva");
        }
    }
}
