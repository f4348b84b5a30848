package nl.ontmoet.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.ontmoet.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the real-browser journeys: the running application in Debian's Chromium, driven by Playwright.
 * Screenshots go to {@code target/screenshots/} so that a person can look at what a user would see.
 */
@IntegrationTest
public abstract class BrowserJourney {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 860).setLocale("nl-NL").setBaseURL("http://localhost:" + port));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        // a view's first render can take longer than Playwright's 5 s on a busy two-core machine
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected void logIn(String username, String password) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        // the next navigation must not cut the login round trip short on a slow machine (a refusal ends on ?error)
        page.waitForURL(url -> !url.endsWith("/login"));
    }

    protected void logOut() {
        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    /** Waits until Vaadin has no pending round trip, then saves a full-page screenshot. */
    protected void screenshot(String name) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Clicks the side-menu entry with exactly this label and waits for the screen to change. */
    protected void openMenu(String label) {
        String before = page.url();
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.locator("vaadin-side-nav-item").all().stream()
                .filter(item -> item.innerText().strip().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No menu entry " + label + " in " + menuLabels()))
                .click();
        page.waitForCondition(() -> !page.url().equals(before));
    }

    protected List<String> menuLabels() {
        page.locator("vaadin-side-nav-item").first().waitFor();
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }
}
