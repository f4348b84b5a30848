package nl.ontmoet.coaching.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.domain.GoalStatus;

/** The coach sets or edits a development goal; fires save and cancel events. No title: the dialog has one. */
public class GoalForm extends BeanForm<DevelopmentGoal> {

    final TextField goalTitle = new TextField();
    final TextArea description = new TextArea();
    final Select<CoachingTopic> topic = new Select<>();
    final DatePicker targetDate = new DateField();
    final Select<GoalStatus> status = new Select<>();

    public GoalForm() {
        super(DevelopmentGoal.class, "coaching.goal.new", "coaching.goal.edit");
        addClassName("goal-form");
        goalTitle.setLabel(getTranslation("coaching.goal.title"));
        goalTitle.setMaxLength(DevelopmentGoal.TITLE_LENGTH);
        description.setLabel(getTranslation("coaching.goal.description"));
        description.setMaxLength(DevelopmentGoal.DESCRIPTION_LENGTH);
        TextCounter.count(description);
        topic.setLabel(getTranslation("coaching.goal.topic"));
        topic.setItems(CoachingTopic.values());
        topic.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        targetDate.setLabel(getTranslation("coaching.goal.targetDate"));
        status.setLabel(getTranslation("coaching.goal.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(value -> CoachingTexts.label(this, value));
        binder.forField(goalTitle).bind("title");
        title.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        layout(goalTitle, topic, description, targetDate, status);
        setColspan(goalTitle, 2);
        setColspan(description, 2);
        getChildren().reduce((first, last) -> last).ifPresent(buttons -> setColspan(buttons, 2));
    }

    @Override
    protected boolean canDelete(DevelopmentGoal goal) {
        return false;
    }
}
