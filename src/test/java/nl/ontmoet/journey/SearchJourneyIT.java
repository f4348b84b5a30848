package nl.ontmoet.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.search.SearchHit;
import nl.ontmoet.base.search.SearchService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A coordinator presses Ctrl+K, finds a ledger entry by its description and opens it; also at tablet width. */
class SearchJourneyIT extends BrowserJourney {

    @Autowired TestUsers users;
    @Autowired SearchService search;
    @Autowired LedgerService ledger;
    @Autowired CentreService centres;

    @Test
    void a_coordinator_finds_a_ledger_entry_with_ctrl_k_and_opens_it() {
        logIn("coordinator", "demo");
        String slug = Centre.slugFor("Huis van de Wijk De Nude");
        var entry = users.as("coordinator", () -> ledger.page(centres.get(slug).getId(), LedgerFilter.none(),
                PageRequest.of(0, 1)).getContent().getFirst());
        var hit = users.as("coordinator", () -> search.search(entry.description())).stream()
                .filter(found -> found.kindKey().equals("search.kind.ledger")).findFirst().map(SearchHit::path)
                .orElseThrow();

        assertThat(page.locator(".search-button")).isVisible();
        page.locator("body").press("Control+k");
        var field = page.getByLabel("Zoek op naam, titel, omschrijving of kenmerk");
        assertThat(field).isFocused();
        field.fill(entry.description());
        var link = page.locator("a.search-hit[href='" + hit + "']");
        assertThat(link).containsText(entry.description());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Boekingen"))).isVisible();
        screenshot("search-ledger");
        page.setViewportSize(820, 1180);
        screenshot("search-ledger-tablet");
        page.setViewportSize(1366, 768);

        link.click();
        assertThat(page).hasURL(Pattern.compile(".*/" + hit.replace("?", "\\?") + "$"));
        assertThat(page.locator(".ledger-form").getByLabel("Omschrijving")).hasValue(entry.description());
        screenshot("search-ledger-opened");
    }
}
