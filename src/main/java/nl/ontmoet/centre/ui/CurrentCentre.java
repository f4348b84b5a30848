package nl.ontmoet.centre.ui;

import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/** The centre the user last worked on in this session, so the menu stays on it between screens. */
final class CurrentCentre {

    private static final String ATTRIBUTE = CurrentCentre.class.getName();

    private CurrentCentre() {
    }

    static Optional<String> get() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(ATTRIBUTE));
    }

    static void remember(String slug) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, slug);
        }
    }
}
