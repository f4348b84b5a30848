package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.coaching.service.SessionDetail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One coaching session at {@code coaching/sessions/{id}} ({@code new} for a new one). What is shown comes from
 * the service, which finds the session only for its coach or a coordinator who was present: anyone else gets the
 * "not found" page. The coach sees private notes and may edit; a coordinator reads the summary, ticks off their
 * own agreements and writes a reflection.
 */
@Route("coaching/sessions/:session")
@RolesAllowed({Roles.COACH, Roles.COORDINATOR})
@StyleSheet("context://public/coaching.css")
public class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "session";
    static final String NEW = "new";

    SessionForm form;
    AgreementGrid agreements;
    final Button edit = new Button();
    final TextArea reflection = new TextArea();
    final Button saveReflection = new Button();

    private final CoachingSessionService sessions;
    private final AgreementService agreementService;
    private final FormErrors formErrors;
    private final Clock clock;
    private SessionDetail detail;

    SessionView(CoachingSessionService sessions, AgreementService agreementService, FormErrors formErrors,
                Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.agreementService = agreementService;
        this.formErrors = formErrors;
        addClassNames("view", "session-view");
        edit.setVisible(false);
        edit.addClickListener(click -> showForm(sessions.edit(detail.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse("");
        removeAll();
        detail = null;
        if (NEW.equals(parameter)) {
            Long coordinator = event.getLocation().getQueryParameters().getSingleParameter(CoacheeView.PARAMETER)
                    .flatMap(SessionView::parse).orElse(null);
            showForm(sessions.newSession(coordinator));
            return;
        }
        long id = parse(parameter).orElseThrow(() -> new RecordNotFoundException("CoachingSession", parameter));
        detail = sessions.open(id);
        render();
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void showForm(CoachingSession session) {
        removeAll();
        form = new SessionForm(sessions.activeCoachees());
        form.edit(session);
        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> {
                var saved = sessions.save(save.getBean());
                Notifications.success(getTranslation("coaching.session.saved"));
                UI.getCurrent().navigate(SessionView.class,
                        new RouteParameters(PARAMETER, String.valueOf(saved.getId())));
            })) {
                form = null;
            }
        });
        form.addCancelListener(cancel -> {
            if (session.isNew()) {
                UI.getCurrent().navigate(CoachingView.class);
            } else {
                removeAll();
                render();
            }
        });
        add(new H2(getTranslation(session.isNew() ? "coaching.session.newTitle" : "coaching.session.edit")), form);
    }

    private void render() {
        var d = detail;
        add(new H2(getTranslation("coaching.session.title", CoachingTexts.date(this, d.date()))));
        add(new SessionFacts(d));
        if (d.readerIsCoach()) {
            edit.setText(getTranslation("coaching.session.edit"));
            edit.setVisible(d.editable());
            add(edit);
            if (!d.editable()) {
                add(new Paragraph(getTranslation("coaching.session.readOnly")));
            }
        }

        add(new H3(getTranslation("coaching.session.summary")));
        var summary = new Paragraph(d.summary() == null ? getTranslation("coaching.session.noSummary") : d.summary());
        summary.addClassName("session-summary");
        add(summary);
        if (d.readerIsCoach()) {
            var notes = new Div(new H3(getTranslation("coaching.session.privateNotes")),
                    new Paragraph(getTranslation("coaching.session.privateNotes.help")),
                    new Paragraph(d.privateNotes() == null ? getTranslation("coaching.none") : d.privateNotes()));
            notes.addClassName("private-notes");
            add(notes);
        }

        add(new H3(getTranslation("coaching.agreements")));
        agreements = new AgreementGrid(d.readerIsCoach() && d.participants().size() > 1, row -> {
            if (formErrors.attempt(null, () -> agreementService.markDone(row.id(), true))) {
                Notifications.success(getTranslation("coaching.agreement.marked"));
                agreements.show(agreementService.ofSession(d.id()));
            }
        });
        agreements.show(agreementService.ofSession(d.id()));
        add(agreements);
        if (d.readerIsCoach() && d.editable()) {
            add(agreementEntry(d));
        }

        if (d.readerIsCoach()) {
            add(new ReflectionList(d));
        } else {
            reflection.setLabel(getTranslation("coaching.reflection.mine"));
            reflection.setMaxLength(CoachingSession.TEXT_LENGTH);
            reflection.setWidthFull();
            reflection.setMinHeight("6em");
            reflection.setValue(d.reflections().isEmpty() ? "" : d.reflections().getFirst().text());
            saveReflection.setText(getTranslation("coaching.reflection.save"));
            saveReflection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveReflection.addClickListener(click -> {
                if (formErrors.attempt(null, () -> sessions.saveReflection(d.id(), reflection.getValue()))) {
                    Notifications.success(getTranslation("coaching.reflection.saved"));
                }
            });
            add(new H3(getTranslation("coaching.reflection.mine")), reflection, saveReflection);
        }
    }

    private AgreementEntry agreementEntry(SessionDetail d) {
        var entry = new AgreementEntry(d.participants(), defaultDue(d));
        entry.addButton.addClickListener(click -> {
            if (formErrors.attempt(entry.getBinder(), () -> agreementService.add(d.id(), entry.coordinatorId(),
                    entry.owner.getValue(), entry.description.getValue(), entry.dueDate.getValue()))) {
                Notifications.success(getTranslation("coaching.agreement.added"));
                entry.reset(defaultDue(d));
                agreements.show(agreementService.ofSession(d.id()));
            }
        });
        return entry;
    }

    /** Two weeks after the session, and never already overdue. */
    private LocalDate defaultDue(SessionDetail d) {
        var today = LocalDate.now(clock);
        return (d.date().isAfter(today) ? d.date() : today).plusWeeks(2);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("coaching.session.newTitle")
                : getTranslation("coaching.session.title", CoachingTexts.date(this, detail.date()));
    }
}
