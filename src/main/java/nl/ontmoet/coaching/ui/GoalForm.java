package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.domain.GoalStatus;

/** The coach sets or edits a development goal; fires save and cancel events. */
public class GoalForm extends FormLayout {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<CoachingTopic> topic = new Select<>();
    final DatePicker targetDate = new DatePicker();
    final Select<GoalStatus> status = new Select<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<DevelopmentGoal> binder = new BeanValidationBinder<>(DevelopmentGoal.class);
    private DevelopmentGoal goal;

    public GoalForm() {
        addClassName("goal-form");
        title.setLabel(getTranslation("coaching.goal.title"));
        title.setMaxLength(DevelopmentGoal.TITLE_LENGTH);
        description.setLabel(getTranslation("coaching.goal.description"));
        description.setMaxLength(DevelopmentGoal.DESCRIPTION_LENGTH);
        topic.setLabel(getTranslation("coaching.goal.topic"));
        topic.setItems(CoachingTopic.values());
        topic.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        targetDate.setLabel(getTranslation("coaching.goal.targetDate"));
        status.setLabel(getTranslation("coaching.goal.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (goal != null && binder.writeBeanIfValid(goal)) {
                fireEvent(new SaveEvent(this, goal));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        add(title, topic, description, targetDate, status);
        setColspan(title, 2);
        setColspan(description, 2);
        var buttons = new HorizontalLayout(save, cancel);
        add(buttons);
        setColspan(buttons, 2);
    }

    public void setGoal(DevelopmentGoal goal) {
        this.goal = goal;
        if (goal != null) {
            binder.readBean(goal);
        }
    }

    public BeanValidationBinder<DevelopmentGoal> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<GoalForm, DevelopmentGoal> {
        SaveEvent(GoalForm source, DevelopmentGoal goal) {
            super(source, goal);
        }
    }

    public static class CancelEvent extends FormEvent<GoalForm, DevelopmentGoal> {
        CancelEvent(GoalForm source) {
            super(source, null);
        }
    }
}
