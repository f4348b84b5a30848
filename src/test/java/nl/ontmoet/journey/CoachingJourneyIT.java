package nl.ontmoet.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach logs a session with a private note and an agreement; the coordinator reads the summary and the
 * agreement but never the private note, ticks the agreement off and reflects; the manager sees it counted only.
 */
class CoachingJourneyIT extends BrowserJourney {

    private static final String SUMMARY = "Journey: marketingplan voor de open dag besproken";
    private static final String PRIVATE = "Journey: vertrouwelijk, twijfelt over doorgaan";
    private static final String AGREEMENT = "Journey: flyer voor de open dag laten drukken";
    private static final String REFLECTION = "Journey: ik ga eerst de doelgroep bepalen";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coach_logs_coordinator_follows_up_manager_sees_only_counts() {
        logIn("coach", "demo");
        page.navigate("/coaching");
        assertThat(page.locator("vaadin-grid").first()).containsText("Cor Bakker");
        screenshot("coaching-coach-overview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Coachingdossier van Cor Bakker openen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/coaching/coordinators/\\d+$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw gesprek")).click();
        assertThat(page).hasURL(Pattern.compile(".*/coaching/sessions/new.*"));
        page.getByLabel("Begroting").check();
        page.getByLabel("Marketing").check();
        page.getByLabel("Samenvatting").fill(SUMMARY);
        page.getByLabel("Privénotities").fill(PRIVATE);
        assertThat(page.locator(".private-notes")).containsText(PRIVATE.length() + " van "
                + nl.ontmoet.coaching.domain.CoachingSession.TEXT_LENGTH + " tekens");
        screenshot("coaching-coach-new-session");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page).hasURL(Pattern.compile(".*/coaching/sessions/\\d+$"));
        assertThat(page.locator(".private-notes")).containsText(PRIVATE);

        page.getByLabel("Afspraak", new Page.GetByLabelOptions().setExact(true)).fill(AGREEMENT);
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Wie")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Coördinator")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
        assertThat(page.locator("vaadin-grid.agreement-grid")).containsText(AGREEMENT);
        screenshot("coaching-coach-session");
        logOut();

        logIn("coordinator", "demo");
        page.navigate("/coaching");
        assertThat(page.locator("vaadin-grid").first()).containsText(SUMMARY);
        assertThat(page.locator("body")).not().containsText(PRIVATE);
        screenshot("coaching-coordinator-timeline");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(SUMMARY)).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/coaching/sessions/\\d+$"));
        assertThat(page.locator(".session-summary")).containsText(SUMMARY);
        assertThat(page.locator(".session-facts").evaluate("e => getComputedStyle(e).display")).isEqualTo("grid");
        assertThat(page.locator("vaadin-grid.agreement-grid")).containsText(AGREEMENT);
        assertThat(page.locator("body")).not().containsText(PRIVATE);
        assertThat(page.locator("body")).not().containsText("Privénotities");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Afspraak \"" + AGREEMENT + "\" markeren als gedaan")).click();
        assertThat(page.locator("vaadin-grid.agreement-grid")).containsText("Gedaan");
        page.getByLabel("Mijn reflectie").fill(REFLECTION);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reflectie opslaan")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("reflectie is opgeslagen");
        screenshot("coaching-coordinator-session");
        logOut();

        assertThat(jdbc.queryForObject("select done from coaching_agreement where description = ?", Boolean.class,
                AGREEMENT)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from coaching_reflection where reflection_text = ?",
                Long.class, REFLECTION)).isEqualTo(1);

        logIn("manager", "demo");
        page.navigate("/coaching/insight");
        assertThat(page.locator(".insight-totals")).containsText("Gesprekken");
        assertThat(page.locator("vaadin-grid").first()).containsText("Cor Bakker");
        assertThat(page.locator("body")).not().containsText(SUMMARY);
        assertThat(page.locator("body")).not().containsText(PRIVATE);
        assertThat(page.locator("body")).not().containsText(AGREEMENT);
        String sessions = page.locator(".insight-total .insight-number").first().innerText().strip();
        assertThat(Integer.parseInt(sessions)).isGreaterThanOrEqualTo(1);
        screenshot("coaching-manager-insight");
        page.navigate("/coaching");
        assertThat(page.locator("body")).not().containsText(SUMMARY);
        logOut();
    }
}
