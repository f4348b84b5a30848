package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.SessionStatus;

import java.util.List;

/** The coach logs or edits a session; fires save and cancel events for the view to handle. */
public class SessionForm extends FormLayout {

    final DatePicker sessionDate = new DatePicker();
    final IntegerField durationMinutes = new IntegerField();
    final Select<nl.ontmoet.coaching.domain.SessionForm> form = new Select<>();
    final Select<SessionStatus> status = new Select<>();
    final MultiSelectComboBox<UserAccount> participants = new MultiSelectComboBox<>();
    final CheckboxGroup<CoachingTopic> topics = new CheckboxGroup<>();
    final TextArea summary = new TextArea();
    final TextArea privateNotes = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<CoachingSession> binder = new BeanValidationBinder<>(CoachingSession.class);
    private CoachingSession session;

    public SessionForm(List<UserAccount> coachees) {
        addClassName("session-form");
        sessionDate.setLabel(getTranslation("coaching.session.date"));
        sessionDate.setLocale(getLocale());
        durationMinutes.setLabel(getTranslation("coaching.session.duration"));
        durationMinutes.setHelperText(getTranslation("coaching.session.duration.help"));
        durationMinutes.setStepButtonsVisible(true);
        durationMinutes.setStep(15);
        form.setLabel(getTranslation("coaching.session.form"));
        form.setItems(nl.ontmoet.coaching.domain.SessionForm.values());
        form.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        status.setLabel(getTranslation("coaching.session.status"));
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        participants.setLabel(getTranslation("coaching.session.participants"));
        participants.setHelperText(getTranslation("coaching.session.participants.help"));
        participants.setItems(coachees);
        participants.setItemLabelGenerator(UserAccount::getDisplayName);
        topics.setLabel(getTranslation("coaching.session.topics"));
        topics.setItems(CoachingTopic.values());
        topics.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        summary.setLabel(getTranslation("coaching.session.summary"));
        summary.setHelperText(getTranslation("coaching.session.summary.help"));
        summary.setMaxLength(CoachingSession.TEXT_LENGTH);
        summary.setMinHeight("8em");
        privateNotes.setLabel(getTranslation("coaching.session.privateNotes"));
        privateNotes.setHelperText(getTranslation("coaching.session.privateNotes.help"));
        privateNotes.setMaxLength(CoachingSession.TEXT_LENGTH);
        privateNotes.setMinHeight("6em");
        privateNotes.addClassName("private-notes");
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (session != null && binder.writeBeanIfValid(session)) {
                fireEvent(new SaveEvent(this, session));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(sessionDate, durationMinutes, form, status, participants, topics, summary, privateNotes);
        setColspan(participants, 2);
        setColspan(topics, 2);
        setColspan(summary, 2);
        setColspan(privateNotes, 2);
        var buttons = new HorizontalLayout(save, cancel);
        add(buttons);
        setColspan(buttons, 2);
    }

    public void setSession(CoachingSession session) {
        this.session = session;
        if (session != null) {
            binder.readBean(session);
        }
    }

    public BeanValidationBinder<CoachingSession> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<SessionForm, CoachingSession> {
        SaveEvent(SessionForm source, CoachingSession session) {
            super(source, session);
        }
    }

    public static class CancelEvent extends FormEvent<SessionForm, CoachingSession> {
        CancelEvent(SessionForm source) {
            super(source, null);
        }
    }
}
