package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.ui.DateField;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.service.SubsidyPaymentService;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A manager's repayment decision (terugvordering): amount (at most what was paid too much), term and reasons. */
class RecoveryPanel extends VerticalLayout {

    final BigDecimalField amount = new BigDecimalField();
    final DatePicker dueOn = new DateField();
    final TextArea reason = new TextArea();
    final Button decide = new Button();
    /** Only for pointing refusals at the right field: {@code amount}, {@code dueOn}, {@code reason}. */
    final Binder<RecoveryInput> binder = new Binder<>(RecoveryInput.class);

    RecoveryPanel(long applicationId, BigDecimal recoverable, SubsidyPaymentService payments, FormErrors formErrors,
                 LocalDate today, Runnable changed) {
        setPadding(false);
        addClassName("recovery-form");
        amount.setLabel(getTranslation("subsidy.payment.recover.amount"));
        amount.setPrefixComponent(new Span("€"));
        amount.setValue(recoverable);
        dueOn.setLabel(getTranslation("subsidy.payment.recover.dueOn"));
        dueOn.setValue(today.plusWeeks(6));
        reason.setLabel(getTranslation("subsidy.payment.recover.reason"));
        reason.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        TextCounter.count(reason);
        binder.bindInstanceFields(this);
        decide.setText(getTranslation("subsidy.payment.recover.decide"));
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(amount, dueOn, reason);
        form.setColspan(reason, 2);
        add(new H4(getTranslation("subsidy.payment.recover")), form, decide);
        decide.addClickListener(click -> {
            if (formErrors.attempt(binder, () -> payments.recover(applicationId, amount.getValue(),
                    dueOn.getValue(), reason.getValue()))) {
                Notifications.success(getTranslation("subsidy.payment.recovered"));
                changed.run();
            }
        });
    }

    /** Field names for the error mapping. */
    public static class RecoveryInput {
        private BigDecimal amount;
        private LocalDate dueOn;
        private String reason;

        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
