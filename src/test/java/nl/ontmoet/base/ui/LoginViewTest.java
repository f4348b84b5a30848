package nl.ontmoet.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page without single sign-on configured, and the reasons a refused single sign-on comes back with. */
@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void without_single_sign_on_configured_there_is_no_button_for_it() {
        navigate(LoginView.class);

        assertThat($(Anchor.class).all()).noneMatch(link -> link.getHref().contains("oauth2"));
        assertThat(((LoginView) getCurrentView()).login.isError()).isFalse();
    }

    @Test
    void a_refused_single_sign_on_is_explained_in_dutch() {
        var view = withReason("no-account");

        assertThat(view.login.isError()).isTrue();
        assertThat(texts(view)).contains("\"title\":\"Geen Ontmoet-account\"",
                "\"message\":\"Geen Ontmoet-account voor dit e-mailadres.");

        assertThat(texts(withReason("blocked")))
                .contains("\"message\":\"Uw Ontmoet-account is geblokkeerd. Neem contact op met de functioneel beheerder.\"");
    }

    @Test
    void an_unknown_reason_shows_no_made_up_message() {
        var view = withReason("<script>");

        assertThat(view.login.isError()).isFalse();
    }

    private LoginView withReason(String reason) {
        UI.getCurrent().navigate("login", QueryParameters.of("sso", reason));
        return (LoginView) getCurrentView();
    }

    /** The texts the login form shows, as the JSON its element gets. */
    private static String texts(LoginView view) {
        return String.valueOf(view.login.getElement().getPropertyRaw("i18n"));
    }
}
