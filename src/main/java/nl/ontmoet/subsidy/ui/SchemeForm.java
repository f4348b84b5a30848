package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.service.SchemeInput;

/** Name, year, ceiling, window, report threshold and deadline and conditions of a scheme. */
public class SchemeForm extends FormLayout {

    final TextField name = new TextField();
    final IntegerField year = new IntegerField();
    final BigDecimalField ceiling = new BigDecimalField();
    final DatePicker opensOn = new DatePicker();
    final DatePicker closesOn = new DatePicker();
    final BigDecimalField reportThreshold = new BigDecimalField();
    final DatePicker reportDeadline = new DatePicker();
    final TextArea conditions = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    private final BeanValidationBinder<SchemeInput> binder = new BeanValidationBinder<>(SchemeInput.class);
    private SchemeInput bean = new SchemeInput();

    public SchemeForm() {
        name.setLabel(getTranslation("subsidy.scheme.name"));
        name.setMaxLength(SubsidyScheme.NAME_LENGTH);
        year.setLabel(getTranslation("subsidy.scheme.year"));
        year.setStepButtonsVisible(true);
        ceiling.setLabel(getTranslation("subsidy.scheme.ceiling"));
        ceiling.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        opensOn.setLabel(getTranslation("subsidy.scheme.opensOn"));
        closesOn.setLabel(getTranslation("subsidy.scheme.closesOn"));
        reportThreshold.setLabel(getTranslation("subsidy.scheme.reportThreshold"));
        reportThreshold.setHelperText(getTranslation("subsidy.scheme.reportThreshold.help"));
        reportThreshold.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        reportDeadline.setLabel(getTranslation("subsidy.scheme.reportDeadline"));
        conditions.setLabel(getTranslation("subsidy.scheme.conditions"));
        conditions.setMaxLength(SubsidyScheme.CONDITIONS_LENGTH);
        binder.forField(year).asRequired(getTranslation("subsidy.error.year")).bind("year");
        binder.forField(ceiling).asRequired(getTranslation("subsidy.error.ceilingPositive")).bind("ceiling");
        binder.forField(opensOn).asRequired(getTranslation("subsidy.error.opensRequired")).bind("opensOn");
        binder.forField(closesOn).asRequired(getTranslation("subsidy.error.closesAfterOpens")).bind("closesOn");
        binder.bindInstanceFields(this);
        save.setText(getTranslation("subsidy.scheme.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(bean)) {
                fireEvent(new SaveEvent(this, bean));
            }
        });
        cancel.setText(getTranslation("subsidy.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
        add(name, year, ceiling, reportThreshold, opensOn, closesOn, reportDeadline);
        add(conditions, 2);
        add(new HorizontalLayout(save, cancel), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    public void edit(SchemeInput input) {
        this.bean = input;
        binder.readBean(input);
    }

    public BeanValidationBinder<SchemeInput> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<SchemeForm, SchemeInput> {
        SaveEvent(SchemeForm source, SchemeInput input) {
            super(source, input);
        }
    }

    public static class CancelEvent extends FormEvent<SchemeForm, SchemeInput> {
        CancelEvent(SchemeForm source) {
            super(source, null);
        }
    }
}
