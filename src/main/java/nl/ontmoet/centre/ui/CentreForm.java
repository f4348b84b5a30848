package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.centre.domain.Centre;

import java.util.Collection;

/**
 * The details of a centre. Knows nothing of persistence: it edits a copy through a buffered binder and fires
 * {@link SaveEvent} with the edited centre, or {@link CancelEvent}.
 */
public class CentreForm extends FormLayout {

    final TextField name = new TextField();
    final TextField district = new TextField();
    final TextField address = new TextField();
    final TextArea openingHours = new TextArea();
    final Checkbox active = new Checkbox();
    final MultiSelectComboBox<UserAccount> coordinators = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Centre> binder = new BeanValidationBinder<>(Centre.class);
    private final boolean adminFieldsEditable;
    private Centre centre;

    public CentreForm(Collection<UserAccount> coordinatorChoices, boolean adminFieldsEditable) {
        addClassName("centre-form");
        this.adminFieldsEditable = adminFieldsEditable;
        name.setLabel(getTranslation("centre.name"));
        name.setMaxLength(Centre.NAME_LENGTH);
        district.setLabel(getTranslation("centre.district"));
        district.setMaxLength(Centre.DISTRICT_LENGTH);
        address.setLabel(getTranslation("centre.address"));
        address.setMaxLength(Centre.ADDRESS_LENGTH);
        openingHours.setLabel(getTranslation("centre.openingHours"));
        openingHours.setMaxLength(Centre.OPENING_HOURS_LENGTH);
        openingHours.setHelperText(getTranslation("centre.openingHours.help"));
        active.setLabel(getTranslation("centre.active"));
        coordinators.setLabel(getTranslation("centre.coordinators"));
        coordinators.setItems(coordinatorChoices);
        coordinators.setItemLabelGenerator(UserAccount::getDisplayName);
        binder.bindInstanceFields(this);
        setReadOnly(false);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name, district, address);
        save.addClickListener(click -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        add(name, district, address, openingHours, active, coordinators);
        setColspan(openingHours, 2);
        setColspan(coordinators, 2);
        var buttons = new HorizontalLayout(save, cancel);
        add(buttons);
        setColspan(buttons, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    public void setCentre(Centre centre) {
        this.centre = centre;
        binder.readBean(centre);
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        active.setReadOnly(readOnly || !adminFieldsEditable);
        coordinators.setReadOnly(readOnly || !adminFieldsEditable);
        save.setVisible(!readOnly);
        cancel.setVisible(!readOnly);
    }

    public BeanValidationBinder<Centre> getBinder() {
        return binder;
    }

    private void validateAndSave() {
        if (centre != null && binder.writeBeanIfValid(centre)) {
            fireEvent(new SaveEvent(this, centre));
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<CentreForm, Centre> {
        SaveEvent(CentreForm source, Centre centre) {
            super(source, centre);
        }
    }

    public static class CancelEvent extends FormEvent<CentreForm, Centre> {
        CancelEvent(CentreForm source) {
            super(source, null);
        }
    }
}
