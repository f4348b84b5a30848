package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.coaching.service.SessionDetail;

/** The facts of a session at a glance: form and duration, status, who took part, the coach and the topics. */
class SessionFacts extends Div {

    SessionFacts(SessionDetail d) {
        addClassName("session-facts");
        fact("coaching.session.form", CoachingTexts.label(this, d.form()) + " · " + d.durationMinutes() + " min");
        fact("coaching.session.status", CoachingTexts.label(this, d.status()));
        fact("coaching.session.participants", d.participantNames());
        fact("coaching.session.coach", d.coachName());
        fact("coaching.session.topics", CoachingTexts.topics(this, d.topics()));
    }

    private void fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null || value.isBlank() ? getTranslation("coaching.none") : value);
        var fact = new Div(label, text);
        fact.addClassName("fact");
        add(fact);
    }
}
