package nl.ontmoet.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.ontmoet.base.sso.MockIdentityProvider;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in a real browser, under the real Content-Security-Policy: the button on the login page, the round
 * trip to the provider, a coordinator's own screens, and a logout that also ends the session at the provider.
 */
@ContextConfiguration(initializers = MockIdentityProvider.class)
class SingleSignOnJourneyIT extends BrowserJourney {

    /** Two servers and a browser on a shared machine: the round trip through the provider may take a while. */
    private static final double SLOW = 60_000;

    @BeforeEach
    void allowForTheRoundTrip() {
        page.setDefaultTimeout(SLOW);
        page.setDefaultNavigationTimeout(SLOW);
    }

    @Test
    void a_coordinator_logs_in_with_the_municipality_account_and_logs_out_at_the_provider_too() {
        List<String> visited = new CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        MockIdentityProvider.nextLogin("sub-journey-coordinator",
                Map.of("email", "Coordinator@Ontmoet.Example", "email_verified", true));

        page.navigate("/login");
        var button = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met Testgemeente"));
        assertThat(button).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
        screenshot("sso-login-page");
        button.click();

        assertThat(page.locator(".user-name")).hasText("Cor Bakker", new LocatorAssertions.HasTextOptions().setTimeout(SLOW));
        assertThat(visited).anyMatch(url -> url.startsWith(MockIdentityProvider.issuer() + "/authorize"));
        openMenu("Vrijwilligers");
        reaches(".*/centres/[a-z-]+/volunteers.*");
        assertThat(page.locator(".not-found-view")).hasCount(0);
        screenshot("sso-coordinator-volunteers");

        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        reaches(".*/login$");
        assertThat(visited).anyMatch(url -> url.startsWith(MockIdentityProvider.issuer() + "/endsession?")
                && url.contains("id_token_hint=") && url.contains("post_logout_redirect_uri="));
        page.navigate("/");
        reaches(".*/login$");
    }

    @Test
    void someone_without_an_account_is_told_so_on_the_login_page() {
        MockIdentityProvider.nextLogin("sub-journey-unknown",
                Map.of("email", "niet.bekend@gemeente.example", "email_verified", true));

        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met Testgemeente")).click();

        reaches(".*/login\\?sso=no-account$");
        assertThat(page.locator("vaadin-login-form")).containsText("Geen Ontmoet-account voor dit e-mailadres",
                new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        screenshot("sso-no-account");
        page.navigate("/");
        reaches(".*/login$");
    }

    private void reaches(String url) {
        assertThat(page).hasURL(Pattern.compile(url), new PageAssertions.HasURLOptions().setTimeout(SLOW));
    }
}
