package nl.ontmoet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found / no access": one text for a missing record, a forbidden one, an unknown address and an address with
 * a malformed part, so that guessing reveals nothing and nobody sees a stack trace.
 */
public abstract class NotFoundPage<E extends Exception> extends Main implements HasErrorParameter<E>, HasDynamicTitle {

    NotFoundPage() {
        addClassName("not-found-view");
        add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("notFound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title") + " – " + getTranslation("app.name");
    }
}
