package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.service.ApplicationInput;

import java.util.List;

/**
 * The content of an application. "Save draft" fires a save; "Submit" fires a submit, which asks the view to
 * save and then submit. Nothing is deleted or cancelled here.
 */
public class ApplicationForm extends BeanForm<ApplicationInput> {

    final ComboBox<SubsidyScheme> scheme = new ComboBox<>();
    final TextField title = new TextField();
    final BigDecimalField requestedAmount = new BigDecimalField();
    final TextArea purpose = new TextArea();
    final TextArea activityPlan = new TextArea();
    final IntegerField expectedActivities = new IntegerField();
    final IntegerField expectedVisitors = new IntegerField();
    final IntegerField expectedVolunteers = new IntegerField();
    final Button submit = new Button();

    public ApplicationForm(List<SubsidyScheme> schemes) {
        super(ApplicationInput.class, "subsidy.new", "subsidy.application");
        scheme.setLabel(getTranslation("subsidy.scheme"));
        scheme.setItems(schemes);
        scheme.setItemLabelGenerator(s -> s.getName() + " (" + s.getYear() + ")");
        title.setLabel(getTranslation("subsidy.title"));
        title.setMaxLength(SubsidyApplication.TITLE_LENGTH);
        requestedAmount.setLabel(getTranslation("subsidy.requestedAmount"));
        requestedAmount.setPrefixComponent(new Span("€"));
        purpose.setLabel(getTranslation("subsidy.purpose"));
        purpose.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        TextCounter.count(purpose);
        activityPlan.setLabel(getTranslation("subsidy.activityPlan"));
        activityPlan.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        TextCounter.count(activityPlan);
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
        save.setText(getTranslation("subsidy.saveDraft"));
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setText(getTranslation("subsidy.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (getBean() != null && binder.writeBeanIfValid(getBean())) {
                fireEvent(new SubmitEvent(this, getBean()));
            }
        });
        cancel.setVisible(false);
        super.title.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
        layout(scheme, title, requestedAmount, purpose, activityPlan, expectedActivities, expectedVisitors,
                expectedVolunteers);
        setColspan(purpose, 3);
        setColspan(activityPlan, 3);
        save.getParent().map(HorizontalLayout.class::cast).ifPresent(buttons -> {
            buttons.add(submit);
            setColspan(buttons, 2);
        });
    }

    @Override
    protected boolean canDelete(ApplicationInput input) {
        return false;
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** Save, then submit. */
    public static class SubmitEvent extends FormEvent<ApplicationForm, ApplicationInput> {
        SubmitEvent(ApplicationForm source, ApplicationInput input) {
            super(source, input);
        }
    }
}
