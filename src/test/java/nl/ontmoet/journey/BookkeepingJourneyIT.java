package nl.ontmoet.journey;

import nl.ontmoet.TestClock;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator prepares next year's budget, books three entries (one with a receipt), sees budget versus
 * actual change and exports the ledger to Excel; the test opens the file again to check the figures.
 */
class BookkeepingJourneyIT extends BrowserJourney {

    private static final String ONS_HUIS = "buurthuis-ons-huis";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xDE};

    @Test
    void a_coordinator_budgets_books_sees_budget_versus_actual_and_exports() throws IOException {
        int year = TestClock.TODAY.getYear() + 1;
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        logIn("coordinator", "demo");
        assertThat(page.locator(".user-name")).hasText("Cor Bakker");
        try {
            journey(year);
        } catch (AssertionError | RuntimeException failure) {
            screenshot("bookkeeping-failure");
            throw failure;
        }
    }

    private void journey(int year) throws IOException {
        page.navigate("/centres/" + ONS_HUIS + "/budget/" + year);
        assertThat(page.locator(".budget-section")).containsText("Er is nog geen begroting voor " + year);
        button("Begroting " + (year - 1) + " overnemen").click();
        Locator activities = page.getByLabel("Activiteiten", new Page.GetByLabelOptions().setExact(true));
        activities.fill("1000");
        activities.press("Tab");
        button("Begroting opslaan").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("is opgeslagen");
        assertThat(reportGrid()).containsText("€ 1.000,00");
        assertThat(reportGrid()).containsText("Binnen begroting");
        assertThat(reportGrid()).not().containsText("Meer dan 90 %");
        screenshot("bookkeeping-1-budget");

        page.navigate("/centres/" + ONS_HUIS + "/ledger");
        setDate(page.getByLabel("Vanaf"), "01-01-" + year);
        setDate(page.getByLabel("Tot en met"), "31-12-" + year);
        assertThat(page.locator(".ledger-total-expense")).hasText("Uitgaven: € 0,00");

        Path receipt = Files.createTempFile("bon", ".png");
        Files.write(receipt, PNG);
        book(year, "15-01-" + year, false, "Activiteiten", "950,00", "Zomerfeest springkussen", receipt);
        book(year, "20-01-" + year, true, "Zaalverhuur", "300", "Verhuur atelier", null);
        book(year, "02-02-" + year, false, "Onderhoud", "45,50", "Verf voor de gang", null);
        assertThat(page.locator(".ledger-total-income")).hasText("Inkomsten: € 300,00");
        assertThat(page.locator(".ledger-total-expense")).hasText("Uitgaven: € 995,50");
        assertThat(page.locator(".ledger-total-balance")).hasText("Saldo: € -695,50");
        screenshot("bookkeeping-2-ledger");

        Download download = page.waitForDownload(() -> page.getByText("Exporteren naar Excel").click());
        assertThat(download.suggestedFilename()).isEqualTo("boekingen-" + ONS_HUIS + "-" + year + ".xlsx");
        Path xlsx = Files.createTempFile("export", ".xlsx");
        download.saveAs(xlsx);
        try (var workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Datum");
            var amounts = rows.stream().skip(1).filter(r -> r.getCellCount() > 5 && r.getCell(5) != null)
                    .map(r -> r.getCellAsNumber(4).orElseThrow().setScale(2)).toList();
            // signed: income adds, expenses subtract, so the column sums to the balance
            assertThat(amounts).containsExactlyInAnyOrder(new BigDecimal("-950.00"), new BigDecimal("300.00"),
                    new BigDecimal("-45.50"));
            assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("-695.50");
            var balance = rows.stream().filter(r -> "Saldo".equals(r.getCellText(3))).findFirst().orElseThrow();
            assertThat(balance.getCell(4).getFormula()).isNotBlank();
        }

        page.navigate("/centres/" + ONS_HUIS + "/budget/" + year);
        // only Activiteiten has bookings against a budget: 950 of 1000 is 95 %, so it is flagged
        assertThat(reportGrid()).containsText("€ 950,00");
        assertThat(reportGrid()).containsText("95,0 %");
        assertThat(reportGrid()).containsText("Meer dan 90 %");
        assertThat(reportGrid()).containsText("€ 45,50");
        page.locator(".report-chart-bars canvas").scrollIntoViewIfNeeded();
        screenshot("bookkeeping-3-budget-versus-actual");
    }

    private void book(int year, String date, boolean income, String category, String amount, String description,
                      Path receipt) {
        button("Nieuwe boeking").click();
        var form = page.locator(".ledger-form");
        setDate(form.getByLabel("Datum"), date);
        if (income) {
            form.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Inkomsten")).check();
        }
        var categoryBox = form.getByLabel("Kostensoort");
        categoryBox.fill(category);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(category)).first().click();
        form.getByLabel("Bedrag").fill(amount);
        form.getByLabel("Omschrijving").fill(description);
        if (receipt != null) {
            form.locator("vaadin-upload input[type=file]").setInputFiles(receipt);
            assertThat(form).containsText("wordt bij het opslaan bewaard");
            screenshot("bookkeeping-2a-entry-with-receipt");
        }
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText(description);
        assertThat(page.locator(".ledger-list vaadin-grid")).containsText(description);
    }

    private void setDate(Locator input, String value) {
        input.fill(value);
        input.press("Enter");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator reportGrid() {
        return page.locator(".report-section vaadin-grid");
    }
}
