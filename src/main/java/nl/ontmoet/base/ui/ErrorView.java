package nl.ontmoet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed on its way in (not a save: those keep the form and show {@link FormErrors}) gets a short Dutch
 * explanation and a way to try again instead of Vaadin's "Internal error" with a stack trace. It has no menu
 * around it, because the menu may need the database that just failed.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final ErrorMessages messages;

    ErrorView(ErrorMessages messages) {
        this.messages = messages;
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        boolean unavailable = ErrorMessages.isDatabaseUnavailable(error);
        String text = unavailable ? getTranslation("errorPage.databaseUnavailable")
                : messages.toMessage(error, getLocale()).text();
        removeAll();
        add(new H2(getTranslation("errorPage.title")), new Paragraph(text),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("errorPage.retry")),
                new Anchor("", getTranslation("notFound.home")));
        return unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("errorPage.title") + " – " + getTranslation("app.name");
    }
}
