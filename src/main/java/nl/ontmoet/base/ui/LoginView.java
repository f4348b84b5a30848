package nl.ontmoet.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();

    public LoginView() {
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

        var card = new Div(brand, login);
        card.addClassName("login-card");
        add(card);
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
        String reason = parameters.containsKey("locked") ? "login.locked"
                : parameters.containsKey("expired") ? "login.expired"
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
