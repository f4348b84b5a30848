package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.OrganiserKind;

/** Edits one activity; its Delete removes the activity, or archives it when it has already taken place. */
public class ActivityForm extends BeanForm<Activity> {

    final TextField activityTitle = new TextField();
    final Select<ActivityType> type = new Select<>();
    final TextField targetGroup = new TextField();
    final Select<OrganiserKind> organiserKind = new Select<>();
    final TextField organiserContact = new TextField();
    final TextArea description = new TextArea();
    final IntegerField expectedParticipants = new IntegerField();
    final Checkbox publicListed = new Checkbox();

    public ActivityForm() {
        super(Activity.class, "activity.new", "activity.edit");
        addClassName("side-panel");
        activityTitle.setLabel(getTranslation("activity.title"));
        activityTitle.setMaxLength(Activity.TITLE_LENGTH);
        type.setLabel(getTranslation("activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> ProgrammeLabels.type(this, t));
        targetGroup.setLabel(getTranslation("activity.targetGroup"));
        targetGroup.setMaxLength(Activity.TARGET_GROUP_LENGTH);
        targetGroup.setHelperText(getTranslation("activity.targetGroup.help"));
        organiserKind.setLabel(getTranslation("activity.organiserKind"));
        organiserKind.setItems(OrganiserKind.values());
        organiserKind.setItemLabelGenerator(k -> ProgrammeLabels.organiser(this, k));
        organiserContact.setLabel(getTranslation("activity.organiserContact"));
        organiserContact.setMaxLength(Activity.CONTACT_LENGTH);
        organiserContact.setHelperText(getTranslation("activity.organiserContact.help"));
        description.setLabel(getTranslation("activity.description"));
        description.setMaxLength(Activity.DESCRIPTION_LENGTH);
        TextCounter.count(description);
        expectedParticipants.setLabel(getTranslation("activity.expectedParticipants"));
        expectedParticipants.setMin(0);
        expectedParticipants.setMax(Activity.MAX_PARTICIPANTS);
        publicListed.setLabel(getTranslation("activity.public"));

        binder.forField(activityTitle).asRequired(getTranslation("activity.error.titleRequired")).bind("title");
        binder.forField(type).asRequired(getTranslation("activity.error.typeRequired")).bind("type");
        binder.forField(organiserKind).asRequired(getTranslation("activity.error.organiserRequired"))
                .bind("organiserKind");
        delete.setText(getTranslation("activity.remove"));
        layout(activityTitle, type, targetGroup, organiserKind, organiserContact, description, expectedParticipants,
                publicListed);
    }

    @Override
    protected boolean canDelete(Activity activity) {
        return !activity.isArchived();
    }
}
