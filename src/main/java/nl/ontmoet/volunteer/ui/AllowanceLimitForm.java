package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.volunteer.domain.AllowanceLimit;

/** Edits the allowance limits of one year; fires save and cancel events. */
public class AllowanceLimitForm extends FormLayout {

    final H3 title = new H3();
    final IntegerField year = new IntegerField();
    final BigDecimalField maxPerHourAdult = euroField("volunteer.limit.maxPerHourAdult");
    final BigDecimalField maxPerHourYoung = euroField("volunteer.limit.maxPerHourYoung");
    final BigDecimalField maxPerMonth = euroField("volunteer.limit.maxPerMonth");
    final BigDecimalField maxPerYear = euroField("volunteer.limit.maxPerYear");
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<AllowanceLimit> binder = new BeanValidationBinder<>(AllowanceLimit.class);
    private AllowanceLimit limit;

    public AllowanceLimitForm() {
        addClassName("allowance-limit-form");
        year.setLabel(getTranslation("volunteer.limit.year"));
        year.setMin(AllowanceLimit.MIN_YEAR);
        year.setMax(AllowanceLimit.MAX_YEAR);
        year.setStepButtonsVisible(true);
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (limit != null && binder.writeBeanIfValid(limit)) {
                fireEvent(new SaveEvent(this, limit));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(title, year, maxPerHourAdult, maxPerHourYoung, maxPerMonth, maxPerYear,
                new HorizontalLayout(save, cancel));
    }

    private BigDecimalField euroField(String key) {
        var field = new BigDecimalField(getTranslation(key));
        field.setPrefixComponent(new Span("€"));
        field.setHelperText(getTranslation("volunteer.limit.amount.help"));
        return field;
    }

    public void setLimit(AllowanceLimit limit) {
        this.limit = limit;
        if (limit != null) {
            binder.readBean(limit);
            title.setText(getTranslation(limit.isNew() ? "volunteer.limit.new" : "volunteer.limit.edit"));
        }
    }

    public BeanValidationBinder<AllowanceLimit> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<AllowanceLimitForm, AllowanceLimit> {
        SaveEvent(AllowanceLimitForm source, AllowanceLimit limit) {
            super(source, limit);
        }
    }

    public static class CancelEvent extends FormEvent<AllowanceLimitForm, AllowanceLimit> {
        CancelEvent(AllowanceLimitForm source) {
            super(source, null);
        }
    }
}
