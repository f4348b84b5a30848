package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.base.ui.UserMessage;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.service.ReportCost;
import nl.ontmoet.subsidy.service.ReportInput;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coordinator's accountability report: actual costs per expense category (pre-filled from the entries assigned
 * to this subsidy, may be adjusted), the income assigned to it, achieved results beside the expected ones, and an explanation. Submitting freezes it.
 */
public class ReportForm extends VerticalLayout {

    final IntegerField actualActivities = new IntegerField();
    final IntegerField actualVisitors = new IntegerField();
    final IntegerField actualVolunteers = new IntegerField();
    final TextArea explanation = new TextArea();
    final Map<String, BigDecimalField> costs = new LinkedHashMap<>();
    final Button submit = new Button();
    final UnorderedList incomes = new UnorderedList();
    final BeanValidationBinder<ReportInput> binder = new BeanValidationBinder<>(ReportInput.class);
    private final ReportInput input;

    ReportForm(SubsidyApplication application, ReportInput input) {
        this.input = input;
        setPadding(false);
        addClassName("decision-panel");
        addClassName("report-form");
        var costsForm = new FormLayout();
        costsForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        for (ReportCost cost : input.getCosts()) {
            var field = new BigDecimalField(cost.getName());
            field.setPrefixComponent(new Span("€"));
            field.setValue(cost.getAmount());
            field.setHelperText(cost.getBudgeted() == null
                    ? getTranslation("subsidy.report.booked", SubsidyTexts.money(cost.getBooked()))
                    : getTranslation("subsidy.report.budgetedAndBooked", SubsidyTexts.money(cost.getBudgeted()),
                            SubsidyTexts.money(cost.getBooked())));
            field.addValueChangeListener(change -> cost.setAmount(change.getValue()));
            costs.put(cost.field(), field);
            costsForm.add(field);
        }
        result(actualActivities, "subsidy.report.actualActivities", application.getExpectedActivities());
        result(actualVisitors, "subsidy.report.actualVisitors", application.getExpectedVisitors());
        result(actualVolunteers, "subsidy.report.actualVolunteers", application.getExpectedVolunteers());
        var results = new FormLayout(actualActivities, actualVisitors, actualVolunteers);
        results.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        explanation.setLabel(getTranslation("subsidy.report.explanation"));
        explanation.setHelperText(getTranslation("subsidy.report.explanation.help"));
        explanation.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        TextCounter.count(explanation);
        explanation.setWidthFull();
        binder.bindInstanceFields(this);
        binder.setBean(input);
        submit.setText(getTranslation("subsidy.report.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("subsidy.report")), new Paragraph(getTranslation("subsidy.report.intro")),
                new H4(getTranslation("subsidy.report.costs")), new Paragraph(getTranslation("subsidy.report.assigned")),
                costsForm);
        if (!input.getIncomes().isEmpty()) {
            incomes.addClassName("report-incomes");
            input.getIncomes().forEach(income -> incomes.add(new ListItem(income.getName() + ": "
                    + SubsidyTexts.money(income.getBooked()))));
            add(new H4(getTranslation("subsidy.report.income")), incomes);
        }
        add(new H4(getTranslation("subsidy.report.results")), results, explanation, submit);
    }

    private void result(IntegerField field, String labelKey, Integer expected) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(0);
        field.setStepButtonsVisible(false);
        field.setHelperText(getTranslation("subsidy.report.expected", expected == null ? "–" : String.valueOf(expected)));
    }

    ReportInput input() {
        return input;
    }

    /** Shows a refusal of one cost line at that line's field; true when the field was found. */
    boolean showAtCost(UserMessage refusal) {
        var field = refusal.fieldName().map(costs::get).orElse(null);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(refusal.text());
        field.setInvalid(true);
        return true;
    }
}
