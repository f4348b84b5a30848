package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.centre.domain.LegalEntity;
import nl.ontmoet.centre.domain.LegalForm;

/** The legal entity (beheerder) of a centre: name, legal form, KvK number, postal address and IBAN. */
public class LegalEntityForm extends BeanForm<LegalEntity> {

    final TextField name = new TextField();
    final Select<LegalForm> legalForm = new Select<>();
    final TextField kvkNumber = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextField iban = new TextField();

    public LegalEntityForm() {
        super(LegalEntity.class, "legalEntity.new", "legalEntity.edit");
        addClassName("legal-entity-form");
        name.setLabel(getTranslation("legalEntity.name"));
        name.setMaxLength(LegalEntity.NAME_LENGTH);
        legalForm.setLabel(getTranslation("legalEntity.legalForm"));
        legalForm.setItems(LegalForm.values());
        legalForm.setItemLabelGenerator(form -> getTranslation("legalEntity.legalForm." + form.name()));
        kvkNumber.setLabel(getTranslation("legalEntity.kvkNumber"));
        kvkNumber.setHelperText(getTranslation("legalEntity.kvkNumber.help"));
        kvkNumber.setMaxLength(8);
        street.setLabel(getTranslation("legalEntity.street"));
        street.setMaxLength(LegalEntity.STREET_LENGTH);
        postalCode.setLabel(getTranslation("legalEntity.postalCode"));
        postalCode.setMaxLength(LegalEntity.POSTAL_CODE_LENGTH);
        city.setLabel(getTranslation("legalEntity.city"));
        city.setMaxLength(LegalEntity.CITY_LENGTH);
        iban.setLabel(getTranslation("legalEntity.iban"));
        iban.setMaxLength(LegalEntity.IBAN_LENGTH + 8);
        cancel.setVisible(false);
        saveOnEnter(name, kvkNumber, street, postalCode, city, iban);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        layout(name, legalForm, kvkNumber, iban, street, postalCode, city);
        setColspan(title, 2);
        save.getParent().ifPresent(buttons -> setColspan(buttons, 2));
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }

    @Override
    protected boolean canDelete(LegalEntity entity) {
        return false;
    }
}
