package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
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
import nl.ontmoet.coaching.domain.Agreement;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.coaching.service.SessionDetail;

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
    final Select<SessionDetail.Person> agreementCoordinator = new Select<>();
    final Select<AgreementOwner> agreementOwner = new Select<>();
    final TextArea agreementText = new TextArea();
    final DatePicker agreementDue = new DatePicker();
    final Button addAgreement = new Button();
    private final com.vaadin.flow.data.binder.Binder<AgreementDraft> agreementBinder =
            new com.vaadin.flow.data.binder.Binder<>(AgreementDraft.class);

    private final CoachingSessionService sessions;
    private final AgreementService agreementService;
    private final FormErrors formErrors;
    private final java.time.Clock clock;
    private SessionDetail detail;

    SessionView(CoachingSessionService sessions, AgreementService agreementService, FormErrors formErrors,
                java.time.Clock clock) {
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

    private static java.util.Optional<Long> parse(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void showForm(CoachingSession session) {
        removeAll();
        form = new SessionForm(sessions.activeCoachees());
        form.setSession(session);
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
        var facts = new Div();
        facts.addClassName("session-facts");
        fact(facts, "coaching.session.form", CoachingTexts.label(this, d.form()) + " · " + d.durationMinutes() + " min");
        fact(facts, "coaching.session.status", CoachingTexts.label(this, d.status()));
        fact(facts, "coaching.session.participants", d.participantNames());
        fact(facts, "coaching.session.coach", d.coachName());
        fact(facts, "coaching.session.topics", CoachingTexts.topics(this, d.topics()));
        add(facts);
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
            add(agreementForm(d));
        }

        if (d.readerIsCoach()) {
            add(new H3(getTranslation("coaching.reflections")));
            if (d.reflections().isEmpty()) {
                add(new Paragraph(getTranslation("coaching.reflections.none")));
            }
            d.reflections().forEach(r -> add(new Paragraph(r.coordinatorName() + ": " + r.text())));
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

    private FormLayout agreementForm(SessionDetail d) {
        agreementCoordinator.setLabel(getTranslation("coaching.agreement.coordinator"));
        agreementCoordinator.setItems(d.participants());
        agreementCoordinator.setItemLabelGenerator(SessionDetail.Person::name);
        if (d.participants().size() == 1) {
            agreementCoordinator.setValue(d.participants().getFirst());
        }
        agreementOwner.setLabel(getTranslation("coaching.agreement.owner"));
        agreementOwner.setItems(AgreementOwner.values());
        agreementOwner.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        agreementText.setLabel(getTranslation("coaching.agreement.description"));
        agreementText.setMaxLength(Agreement.TEXT_LENGTH);
        agreementDue.setLabel(getTranslation("coaching.agreement.dueDate"));
        agreementDue.setValue(defaultDue(d));
        addAgreement.setText(getTranslation("coaching.agreement.add"));
        agreementBinder.forField(agreementText).bind("description");
        agreementBinder.forField(agreementOwner).bind("owner");
        agreementBinder.forField(agreementDue).bind("dueDate");
        agreementBinder.forField(agreementCoordinator).bind("coordinator");
        addAgreement.addClickListener(click -> {
            var coordinator = agreementCoordinator.getValue();
            if (formErrors.attempt(agreementBinder, () -> agreementService.add(d.id(),
                    coordinator == null ? null : coordinator.id(), agreementOwner.getValue(),
                    agreementText.getValue(), agreementDue.getValue()))) {
                Notifications.success(getTranslation("coaching.agreement.added"));
                agreementText.clear();
                agreementDue.setValue(defaultDue(d));
                agreementText.setInvalid(false);
                agreementDue.setInvalid(false);
                agreementOwner.setInvalid(false);
                agreements.show(agreementService.ofSession(d.id()));
            }
        });
        var layout = new FormLayout(agreementText, agreementCoordinator, agreementOwner, agreementDue, addAgreement);
        layout.setColspan(agreementText, 2);
        layout.addClassName("agreement-form");
        return layout;
    }

    /** Two weeks after the session, and never already overdue. */
    private java.time.LocalDate defaultDue(SessionDetail d) {
        var today = java.time.LocalDate.now(clock);
        return (d.date().isAfter(today) ? d.date() : today).plusWeeks(2);
    }

    private void fact(Div facts, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null || value.isBlank() ? getTranslation("coaching.none") : value);
        var fact = new Div(label, text);
        fact.addClassName("fact");
        facts.add(fact);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("coaching.session.newTitle")
                : getTranslation("coaching.session.title", CoachingTexts.date(this, detail.date()));
    }

    /** Only names the agreement fields, so that a refusal is shown at the field it concerns. */
    public static class AgreementDraft {
        private String description;
        private AgreementOwner owner;
        private java.time.LocalDate dueDate;
        private SessionDetail.Person coordinator;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public AgreementOwner getOwner() {
            return owner;
        }

        public void setOwner(AgreementOwner owner) {
            this.owner = owner;
        }

        public java.time.LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(java.time.LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public SessionDetail.Person getCoordinator() {
            return coordinator;
        }

        public void setCoordinator(SessionDetail.Person coordinator) {
            this.coordinator = coordinator;
        }
    }
}
