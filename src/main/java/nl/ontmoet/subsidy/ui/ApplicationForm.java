package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.service.ApplicationInput;

import java.util.List;

/**
 * The content of an application. "Save draft" and "Submit" both fire a save; the submit event asks the view
 * to submit after saving.
 */
public class ApplicationForm extends FormLayout {

    final ComboBox<SubsidyScheme> scheme = new ComboBox<>();
    final TextField title = new TextField();
    final BigDecimalField requestedAmount = new BigDecimalField();
    final TextArea purpose = new TextArea();
    final TextArea activityPlan = new TextArea();
    final IntegerField expectedActivities = new IntegerField();
    final IntegerField expectedVisitors = new IntegerField();
    final IntegerField expectedVolunteers = new IntegerField();
    final Button save = new Button();
    final Button submit = new Button();
    private final BeanValidationBinder<ApplicationInput> binder = new BeanValidationBinder<>(ApplicationInput.class);
    private ApplicationInput bean = new ApplicationInput();

    public ApplicationForm(List<SubsidyScheme> schemes) {
        scheme.setLabel(getTranslation("subsidy.scheme"));
        scheme.setItems(schemes);
        scheme.setItemLabelGenerator(s -> s.getName() + " (" + s.getYear() + ")");
        title.setLabel(getTranslation("subsidy.title"));
        title.setMaxLength(SubsidyApplication.TITLE_LENGTH);
        requestedAmount.setLabel(getTranslation("subsidy.requestedAmount"));
        requestedAmount.setPrefixComponent(new Span("€"));
        purpose.setLabel(getTranslation("subsidy.purpose"));
        purpose.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        activityPlan.setLabel(getTranslation("subsidy.activityPlan"));
        activityPlan.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        expectedActivities.setLabel(getTranslation("subsidy.expectedActivities"));
        expectedVisitors.setLabel(getTranslation("subsidy.expectedVisitors"));
        expectedVolunteers.setLabel(getTranslation("subsidy.expectedVolunteers"));
        for (var number : List.of(expectedActivities, expectedVisitors, expectedVolunteers)) {
            number.setMin(0);
        }
        binder.forField(scheme).asRequired(getTranslation("subsidy.error.schemeRequired")).bind("scheme");
        binder.forField(title).asRequired(getTranslation("subsidy.error.titleRequired")).bind("title");
        binder.forField(requestedAmount).asRequired(getTranslation("subsidy.error.requestedPositive"))
                .bind("requestedAmount");
        binder.bindInstanceFields(this);
        save.setText(getTranslation("subsidy.saveDraft"));
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(bean)) {
                fireEvent(new SaveEvent(this, bean, false));
            }
        });
        submit.setText(getTranslation("subsidy.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (binder.writeBeanIfValid(bean)) {
                fireEvent(new SaveEvent(this, bean, true));
            }
        });
        add(scheme, title, requestedAmount);
        add(purpose, 2);
        add(activityPlan, 2);
        add(expectedActivities, expectedVisitors, expectedVolunteers);
        add(new HorizontalLayout(save, submit), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
        setColspan(purpose, 3);
        setColspan(activityPlan, 3);
    }

    public void edit(ApplicationInput input) {
        this.bean = input;
        binder.readBean(input);
    }

    public BeanValidationBinder<ApplicationInput> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<ApplicationForm, ApplicationInput> {
        private final boolean thenSubmit;

        SaveEvent(ApplicationForm source, ApplicationInput input, boolean thenSubmit) {
            super(source, input);
            this.thenSubmit = thenSubmit;
        }

        public boolean isThenSubmit() {
            return thenSubmit;
        }
    }
}
