package nl.ontmoet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.ontmoet.base.security.SingleSignOn;
import nl.ontmoet.base.security.SingleSignOnRefused;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> SSO_REASONS = Arrays.stream(SingleSignOnRefused.Reason.values())
            .map(SingleSignOnRefused.Reason::code).collect(Collectors.toSet());

    final LoginForm login = new LoginForm();

    public LoginView(Optional<SingleSignOn> singleSignOn) {
        addClassName("login-view");
        login.setAction("login");
        login.setI18n(dutchTexts());
        login.setForgotPasswordButtonVisible(false);

        var logo = new Image("images/logo.svg", "");
        logo.addClassName("login-logo");
        var title = new H1(getTranslation("app.name"));
        var intro = new Paragraph(getTranslation("login.intro"));
        var brand = new Div(logo, title, intro);
        brand.addClassName("login-brand");

        var form = new Div(login);
        form.addClassName("login-form");
        singleSignOn.ifPresent(sso -> form.add(singleSignOnButton(sso)));

        var card = new Div(brand, form);
        card.addClassName("login-card");
        add(card);
    }

    /** A plain link, not a form: the redirect to the provider is a top-level navigation, which the CSP allows. */
    private Div singleSignOnButton(SingleSignOn sso) {
        var or = new Span(getTranslation("login.sso.or"));
        or.addClassName("login-sso-or");
        var link = new Anchor(SingleSignOn.LOGIN_PATH, getTranslation("login.sso.button", sso.providerName()));
        link.setRouterIgnore(true);
        link.addClassName("login-sso");
        var box = new Div(or, link);
        box.addClassName("login-sso-box");
        return box;
    }

    private LoginI18n dutchTexts() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var sso = parameters.getOrDefault("sso", List.of()).stream().filter(SSO_REASONS::contains).findFirst();
        String reason = parameters.containsKey("locked") ? "login.locked"
                : parameters.containsKey("expired") ? "login.expired"
                : sso.isPresent() ? "login.sso." + sso.get()
                : parameters.containsKey("error") ? "login.error" : null;
        if (reason != null) {
            var i18n = dutchTexts();
            i18n.getErrorMessage().setTitle(getTranslation(reason + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation(reason + ".message"));
            login.setI18n(i18n);
        }
        login.setError(reason != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
