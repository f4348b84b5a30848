package nl.ontmoet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** "Not found / no access": one text for a missing record, a forbidden one and an unknown address. */
abstract class NotFoundPage extends Main {

    NotFoundPage() {
        addClassName("not-found-view");
        add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("notFound.home")));
    }
}
