package nl.ontmoet.subsidy.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.service.ApplicationDetail;
import nl.ontmoet.subsidy.service.SubsidyDecisionService;

/**
 * A manager's decision on a submitted application: grant (amount, report deadline, conditions), reject or ask for
 * changes. The reasons serve a rejection, a change request and a grant of less than was asked.
 */
public class DecisionPanel extends VerticalLayout {

    final BigDecimalField grantedAmount = new BigDecimalField();
    final TextArea conditions = new TextArea();
    final DatePicker reportDueOn = new DateField();
    final TextArea reason = new TextArea();
    final Button grant = new Button();
    final Button reject = new Button();
    final Button requestChanges = new Button();
    /** Only for pointing refusals at the right field: {@code grantedAmount}, {@code conditions}, {@code reason}. */
    final Binder<DecisionInput> binder = new Binder<>(DecisionInput.class);

    private final FormErrors formErrors;
    private final Runnable decided;

    DecisionPanel(ApplicationDetail detail, SubsidyDecisionService decisions, FormErrors formErrors, Runnable decided) {
        this.formErrors = formErrors;
        this.decided = decided;
        setPadding(false);
        addClassName("decision-panel");
        grantedAmount.setLabel(getTranslation("subsidy.grantedAmount"));
        grantedAmount.setPrefixComponent(new Span("€"));
        reportDueOn.setLabel(getTranslation("subsidy.reportDueOn"));
        conditions.setLabel(getTranslation("subsidy.grantConditions"));
        conditions.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        reason.setLabel(getTranslation("subsidy.reason"));
        reason.setHelperText(getTranslation("subsidy.reason.help"));
        reason.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        TextCounter.count(reason);
        binder.bindInstanceFields(this);
        grant.setText(getTranslation("subsidy.grant"));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.setText(getTranslation("subsidy.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        requestChanges.setText(getTranslation("subsidy.requestChanges"));
        var grantForm = new FormLayout(grantedAmount, reportDueOn, conditions);
        grantForm.setColspan(conditions, 2);
        grantForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(new H3(getTranslation("subsidy.decision")), grantForm, reason,
                new HorizontalLayout(grant, requestChanges, reject));
        reason.setWidthFull();
        var application = detail.application();
        long id = application.getId();
        grantedAmount.setValue(application.getRequestedAmount());
        grantedAmount.setHelperText(getTranslation("subsidy.remaining",
                SubsidyTexts.money(detail.remainingUnderCeiling())));
        reportDueOn.setValue(application.getScheme().getReportDeadline());
        reportDueOn.setHelperText(getTranslation("subsidy.reportDueOn.help",
                SubsidyTexts.money(application.getScheme().getReportThreshold())));
        grant.addClickListener(click -> Dialogs.confirm(getTranslation("subsidy.grant.confirm.header"),
                grantSummary(application), getTranslation("subsidy.grant.confirm"),
                () -> decide(() -> decisions.grant(id, grantedAmount.getValue(), conditions.getValue(),
                        reason.getValue(), reportDueOn.getValue()), "subsidy.granted")));
        reject.addClickListener(click -> Dialogs.confirmDanger(getTranslation("subsidy.reject.confirm.header"),
                getTranslation("subsidy.reject.confirm.text", application.getTitle()),
                getTranslation("subsidy.reject.confirm"),
                () -> decide(() -> decisions.reject(id, reason.getValue()), "subsidy.rejected")));
        requestChanges.addClickListener(click -> decide(() -> decisions.requestChanges(id, reason.getValue()),
                "subsidy.changesRequested"));
    }

    /** What the manager is about to decide, in one sentence each: the sum, the advance and the report, then final. */
    private String grantSummary(SubsidyApplication application) {
        var amount = grantedAmount.getValue();
        String granted = amount == null ? getTranslation("subsidy.grant.confirm.noAmount")
                : getTranslation("subsidy.grant.confirm.amount", SubsidyTexts.money(amount),
                        SubsidyTexts.money(application.getRequestedAmount()));
        int advance = application.getScheme().getAdvancePercentage();
        String advanceText = advance == 0 ? getTranslation("subsidy.grant.confirm.noAdvance")
                : getTranslation("subsidy.grant.confirm.advance", advance);
        String report = reportDueOn.getValue() == null ? ""
                : " " + getTranslation("subsidy.grant.confirm.report", SubsidyTexts.shortDay(reportDueOn.getValue()));
        return granted + " " + advanceText + report + " " + getTranslation("subsidy.confirm.final");
    }

    private void decide(Runnable action, String successKey) {
        if (formErrors.attempt(binder, action)) {
            Notifications.success(getTranslation(successKey));
            decided.run();
        }
    }

    /** Field names for the error mapping. */
    public static class DecisionInput {
        private java.math.BigDecimal grantedAmount;
        private String conditions;
        private java.time.LocalDate reportDueOn;
        private String reason;

        public java.time.LocalDate getReportDueOn() { return reportDueOn; }
        public void setReportDueOn(java.time.LocalDate reportDueOn) { this.reportDueOn = reportDueOn; }

        public java.math.BigDecimal getGrantedAmount() { return grantedAmount; }
        public void setGrantedAmount(java.math.BigDecimal grantedAmount) { this.grantedAmount = grantedAmount; }
        public String getConditions() { return conditions; }
        public void setConditions(String conditions) { this.conditions = conditions; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
