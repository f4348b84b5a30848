package nl.ontmoet.journey;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The manager opens Jaarcijfers from the menu, sees the chart drawn beside its table, and downloads a table. */
class AnnualFiguresJourneyIT extends BrowserJourney {

    @Test
    void the_manager_reads_the_years_figures_and_downloads_the_centre_table() {
        logIn("manager", "demo");
        openMenu("Jaarcijfers");
        assertThat(page.locator("h2")).hasText("Jaarcijfers");
        assertThat(page.locator(".figure-card")).hasCount(7);
        assertThat(page.locator("vaadin-grid.centre-figures")).containsText("Wijkcentrum De Pomhorst");
        assertThat(page.locator(".figures-chart-months canvas[role=img]")).hasAttribute("aria-label", "Bezoekers per maand");
        page.waitForFunction("() => { const c = document.querySelector('.figures-chart-months canvas');"
                + " return c && c.width > 0 && Chart.getChart(c) !== undefined; }");
        screenshot("manager-annual-figures");

        Download download = page.waitForDownload(() -> page.locator("a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Download als XLSX")).first().click());
        assertThat(download.suggestedFilename()).startsWith("jaarcijfers-centra-").endsWith(".xlsx");

        page.setViewportSize(820, 1180);
        page.waitForTimeout(400);
        screenshot("manager-annual-figures-tablet");
    }
}
