package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.ontmoet.coaching.service.SessionDetail;

/** For the coach: what each coordinator who was present reflected on the session. */
class ReflectionList extends Div {

    ReflectionList(SessionDetail d) {
        add(new H3(getTranslation("coaching.reflections")));
        if (d.reflections().isEmpty()) {
            add(new Paragraph(getTranslation("coaching.reflections.none")));
        }
        d.reflections().forEach(r -> add(new Paragraph(r.coordinatorName() + ": " + r.text())));
    }
}
