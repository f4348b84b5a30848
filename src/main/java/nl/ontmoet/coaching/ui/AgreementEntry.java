package nl.ontmoet.coaching.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.coaching.domain.Agreement;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.service.SessionDetail;

import java.time.LocalDate;
import java.util.List;

/**
 * The coach notes a new agreement of a session: what, with which coordinator, who acts and by when. The view adds
 * it; the binder only names the fields, so that a refusal is shown at the field it concerns.
 */
class AgreementEntry extends FormLayout {

    final Select<SessionDetail.Person> coordinator = new Select<>();
    final Select<AgreementOwner> owner = new Select<>();
    final TextArea description = new TextArea();
    final DatePicker dueDate = new DateField();
    final Button addButton = new Button();
    private final Binder<AgreementEntry.Draft> binder = new Binder<>(Draft.class);

    AgreementEntry(List<SessionDetail.Person> participants, LocalDate due) {
        addClassName("agreement-form");
        coordinator.setLabel(getTranslation("coaching.agreement.coordinator"));
        coordinator.setItems(participants);
        coordinator.setItemLabelGenerator(SessionDetail.Person::name);
        if (participants.size() == 1) {
            coordinator.setValue(participants.getFirst());
        }
        owner.setLabel(getTranslation("coaching.agreement.owner"));
        owner.setItems(AgreementOwner.values());
        owner.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        description.setLabel(getTranslation("coaching.agreement.description"));
        description.setMaxLength(Agreement.TEXT_LENGTH);
        TextCounter.count(description);
        dueDate.setLabel(getTranslation("coaching.agreement.dueDate"));
        dueDate.setValue(due);
        addButton.setText(getTranslation("coaching.agreement.add"));
        binder.bindInstanceFields(this);
        add(description, coordinator, owner, dueDate, addButton);
        setColspan(description, 2);
    }

    /** Ready for the next agreement: no text, the default due date again, no field marked. */
    void reset(LocalDate due) {
        description.clear();
        dueDate.setValue(due);
        description.setInvalid(false);
        dueDate.setInvalid(false);
        owner.setInvalid(false);
    }

    Long coordinatorId() {
        return coordinator.getValue() == null ? null : coordinator.getValue().id();
    }

    Binder<Draft> getBinder() {
        return binder;
    }

    /** Only names the agreement fields. */
    public static class Draft {
        private String description;
        private AgreementOwner owner;
        private LocalDate dueDate;
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

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
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
