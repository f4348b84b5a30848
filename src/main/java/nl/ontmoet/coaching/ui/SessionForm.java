package nl.ontmoet.coaching.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.SessionStatus;

import java.util.List;

/** The coach logs or edits a session; fires save and cancel events for the view to handle. No title: the view has one. */
public class SessionForm extends BeanForm<CoachingSession> {

    final DatePicker sessionDate = new DateField();
    final IntegerField durationMinutes = new IntegerField();
    final Select<nl.ontmoet.coaching.domain.SessionForm> form = new Select<>();
    final Select<SessionStatus> status = new Select<>();
    final MultiSelectComboBox<UserAccount> participants = new MultiSelectComboBox<>();
    final CheckboxGroup<CoachingTopic> topics = new CheckboxGroup<>();
    final TextArea summary = new TextArea();
    final TextArea privateNotes = new TextArea();

    public SessionForm(List<UserAccount> coachees) {
        super(CoachingSession.class, "coaching.session.newTitle", "coaching.session.edit");
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
        TextCounter.count(summary);
        summary.setMinHeight("8em");
        privateNotes.setLabel(getTranslation("coaching.session.privateNotes"));
        privateNotes.setHelperText(getTranslation("coaching.session.privateNotes.help"));
        privateNotes.setMaxLength(CoachingSession.TEXT_LENGTH);
        TextCounter.count(privateNotes);
        privateNotes.setMinHeight("6em");
        privateNotes.addClassName("private-notes");
        title.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        layout(sessionDate, durationMinutes, form, status, participants, topics, summary, privateNotes);
        setColspan(participants, 2);
        setColspan(topics, 2);
        setColspan(summary, 2);
        setColspan(privateNotes, 2);
        getChildren().reduce((first, last) -> last).ifPresent(buttons -> setColspan(buttons, 2));
    }

    @Override
    protected boolean canDelete(CoachingSession session) {
        return false;
    }
}
