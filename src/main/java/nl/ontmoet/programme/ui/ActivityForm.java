package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.OrganiserKind;

/** Edits one activity; fires save, delete (remove or archive) and cancel events for the view to handle. */
public class ActivityForm extends FormLayout {

    final H3 title = new H3();
    final TextField activityTitle = new TextField();
    final Select<ActivityType> type = new Select<>();
    final TextField targetGroup = new TextField();
    final Select<OrganiserKind> organiserKind = new Select<>();
    final TextField organiserContact = new TextField();
    final TextArea description = new TextArea();
    final IntegerField expectedParticipants = new IntegerField();
    final Checkbox publicListed = new Checkbox();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Activity> binder = new BeanValidationBinder<>(Activity.class);
    private Activity activity;

    public ActivityForm() {
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
        expectedParticipants.setLabel(getTranslation("activity.expectedParticipants"));
        expectedParticipants.setMin(0);
        expectedParticipants.setMax(Activity.MAX_PARTICIPANTS);
        publicListed.setLabel(getTranslation("activity.public"));

        binder.forField(activityTitle).asRequired(getTranslation("activity.error.titleRequired"))
                .bind("title");
        binder.forField(type).asRequired(getTranslation("activity.error.typeRequired"))
                .bind("type");
        binder.forField(organiserKind).asRequired(getTranslation("activity.error.organiserRequired"))
                .bind("organiserKind");
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (activity != null && binder.writeBeanIfValid(activity)) {
                fireEvent(new SaveEvent(this, activity));
            }
        });
        delete.setText(getTranslation("activity.remove"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, activity)));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(title, activityTitle, type, targetGroup, organiserKind, organiserContact, description,
                expectedParticipants, publicListed, new HorizontalLayout(save, delete, cancel));
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
        if (activity != null) {
            binder.readBean(activity);
            title.setText(getTranslation(activity.isNew() ? "activity.new" : "activity.edit"));
            delete.setVisible(!activity.isNew() && !activity.isArchived());
        }
    }

    public BeanValidationBinder<Activity> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<ActivityForm, Activity> {
        SaveEvent(ActivityForm source, Activity activity) {
            super(source, activity);
        }
    }

    public static class DeleteEvent extends FormEvent<ActivityForm, Activity> {
        DeleteEvent(ActivityForm source, Activity activity) {
            super(source, activity);
        }
    }

    public static class CancelEvent extends FormEvent<ActivityForm, Activity> {
        CancelEvent(ActivityForm source) {
            super(source, null);
        }
    }
}
