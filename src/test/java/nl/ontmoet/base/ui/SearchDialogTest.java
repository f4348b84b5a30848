package nl.ontmoet.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.ui.CentreView;
import nl.ontmoet.dashboard.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search button (and Ctrl+K) opens a field whose results link to what the user may open. */
@SpringBootTest
class SearchDialogTest extends SpringBrowserlessTest {

    private static final String NUDE = Centre.slugFor("Huis van de Wijk De Nude");
    private static final String POMHORST = Centre.slugFor("Wijkcentrum De Pomhorst");

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_finds_their_centre_and_enter_opens_it() {
        var dialog = openSearch();
        test(dialog.field).setValue("de nude");

        assertThat($(H3.class, dialog).all()).extracting(H3::getText).contains("Centra");
        assertThat(hrefs(dialog)).contains("centres/" + NUDE);
        assertThat(test(dialog.field).getComponent().getLabel()).isEqualTo("Zoek op naam, titel, omschrijving of kenmerk");

        test(dialog.field).setValue("pomhorst");
        assertThat(hrefs(dialog)).doesNotContain("centres/" + POMHORST);

        test(dialog.field).setValue("de nude");
        ComponentUtil.fireEvent(dialog.field, new KeyDownEvent(dialog.field, "Enter"));
        assertThat(getCurrentView()).isInstanceOf(CentreView.class);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void nothing_found_says_so_in_dutch() {
        var dialog = openSearch();
        test(dialog.field).setValue("qqxyzzy");
        assertThat($(Paragraph.class, dialog).single().getText()).isEqualTo("Niets gevonden voor \"qqxyzzy\".");
        test(dialog.field).setValue("q");
        assertThat($(Anchor.class, dialog).all()).isEmpty();
        assertThat($(Paragraph.class, dialog).all()).isEmpty();
    }

    private SearchDialog openSearch() {
        navigate(HomeView.class);
        var button = $(Button.class).withClassName("search-button").single();
        assertThat(button.getText()).isEqualTo("Zoeken");
        test(button).click();
        return $(SearchDialog.class).single();
    }

    private List<String> hrefs(SearchDialog dialog) {
        return $(Anchor.class, dialog).all().stream().map(Anchor::getHref).toList();
    }
}
