package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.centre.domain.Centre;

import java.util.Collection;

/** The details of a centre; whether it is active and who coordinates it only admins change. */
public class CentreForm extends BeanForm<Centre> {

    final TextField name = new TextField();
    final TextField district = new TextField();
    final TextField address = new TextField();
    final TextArea openingHours = new TextArea();
    final Checkbox active = new Checkbox();
    final MultiSelectComboBox<UserAccount> coordinators = new MultiSelectComboBox<>();

    private final boolean adminFieldsEditable;

    public CentreForm(Collection<UserAccount> coordinatorChoices, boolean adminFieldsEditable) {
        super(Centre.class, "centres.create", "centre.details");
        addClassName("centre-form");
        title.setVisible(false);
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
        saveOnEnter(name, district, address);
        layout(name, district, address, openingHours, active, coordinators);
        setReadOnly(false);
        setColspan(openingHours, 2);
        setColspan(coordinators, 2);
        setColspan(save.getParent().orElseThrow(), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        active.setReadOnly(readOnly || !adminFieldsEditable);
        coordinators.setReadOnly(readOnly || !adminFieldsEditable);
        save.setVisible(!readOnly);
        cancel.setVisible(!readOnly);
    }

    @Override
    protected boolean canDelete(Centre centre) {
        return false;
    }
}
