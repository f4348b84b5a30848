package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.ui.DateField;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.subsidy.domain.SubsidyPayment;
import nl.ontmoet.subsidy.service.PaymentOverview;
import nl.ontmoet.subsidy.service.SubsidyPaymentService;

import java.time.LocalDate;

/**
 * The payment lines of a granted subsidy with what the centre received and, after settlement, settled less paid.
 * A manager marks an open line paid (date and bank reference) and, when more was paid than settled, decides the
 * repayment ({@link RecoveryPanel}).
 */
class PaymentsPanel extends VerticalLayout {

    final Grid<SubsidyPayment> lines = new Grid<>();
    final Paragraph summary = new Paragraph();
    final DatePicker paidOn = new DateField();
    final TextField reference = new TextField();
    final Button confirm = new Button();
    final FormLayout payForm = new FormLayout();
    /** Only for pointing refusals at the right field: {@code paidOn}, {@code reference}. */
    final Binder<PaidInput> binder = new Binder<>(PaidInput.class);
    RecoveryPanel recovery;
    private SubsidyPayment selected;

    PaymentsPanel(long applicationId, PaymentOverview overview, SubsidyPaymentService payments, FormErrors formErrors,
                  LocalDate today, Runnable changed) {
        setPadding(false);
        addClassName("payments-panel");
        add(new H3(getTranslation("subsidy.payments")));
        if (overview.lines().isEmpty()) {
            add(new Paragraph(getTranslation("subsidy.payments.none")));
        } else {
            configureGrid(overview.manageable());
            lines.setItems(overview.lines());
            add(lines);
        }
        summary.addClassName("payment-summary");
        summary.setText(summaryText(overview));
        add(summary);
        if (overview.manageable()) {
            paidOn.setLabel(getTranslation("subsidy.payment.paidOn"));
            paidOn.setValue(today);
            reference.setLabel(getTranslation("subsidy.payment.reference"));
            reference.setMaxLength(SubsidyPayment.REFERENCE_LENGTH);
            binder.bindInstanceFields(this);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            payForm.add(paidOn, reference, confirm);
            payForm.setVisible(false);
            add(payForm);
            confirm.addClickListener(click -> {
                if (selected != null && formErrors.attempt(binder, () -> payments.markPaid(selected.getId(),
                        paidOn.getValue(), reference.getValue()))) {
                    Notifications.success(getTranslation("subsidy.payment.marked"));
                    changed.run();
                }
            });
        }
        if (overview.recoverableNow()) {
            recovery = new RecoveryPanel(applicationId, overview.recoverable(), payments, formErrors, today, changed);
            add(recovery);
        }
    }

    private void configureGrid(boolean manageable) {
        lines.addClassName("payment-lines");
        lines.setAllRowsVisible(true);
        lines.addColumn(p -> getTranslation("subsidy.payment.kind." + p.getKind().name()))
                .setHeader(getTranslation("subsidy.payment.kind"));
        lines.addColumn(p -> SubsidyTexts.shortDay(p.getDueOn())).setHeader(getTranslation("subsidy.payment.dueOn"));
        lines.addColumn(p -> SubsidyTexts.money(p.getAmount())).setHeader(getTranslation("subsidy.payment.amount"));
        lines.addColumn(p -> p.isPaid() ? SubsidyTexts.shortDay(p.getPaidOn()) : getTranslation("subsidy.payment.open"))
                .setHeader(getTranslation("subsidy.payment.paidOn"));
        lines.addColumn(SubsidyPayment::getReference).setHeader(getTranslation("subsidy.payment.reference"));
        if (manageable) {
            lines.addComponentColumn(this::payButton);
        }
    }

    private Button payButton(SubsidyPayment payment) {
        var button = new Button(getTranslation(payment.getKind().toCentre() ? "subsidy.payment.markPaid"
                : "subsidy.payment.markReceived"), click -> select(payment));
        button.addClassName("mark-paid");
        button.setVisible(!payment.isPaid());
        return button;
    }

    /** Opens the form for this line; the service refuses a line already paid, whatever the screen shows. */
    void select(SubsidyPayment payment) {
        selected = payment;
        confirm.setText(getTranslation(payment.getKind().toCentre() ? "subsidy.payment.markPaid"
                : "subsidy.payment.markReceived") + ": " + getTranslation("subsidy.payment.kind."
                + payment.getKind().name()) + " " + SubsidyTexts.money(payment.getAmount()));
        payForm.setVisible(true);
    }

    private String summaryText(PaymentOverview overview) {
        String text = getTranslation("subsidy.payment.paid", SubsidyTexts.money(overview.paid()));
        if (overview.balance() == null) {
            return text;
        }
        if (overview.balance().signum() >= 0) {
            return text + " · " + getTranslation("subsidy.payment.toPay", SubsidyTexts.money(overview.balance()));
        }
        text += " · " + getTranslation("subsidy.payment.toRepay", SubsidyTexts.money(overview.balance().negate()));
        return overview.recoverable().signum() > 0 ? text + " · " + getTranslation("subsidy.payment.recoverable",
                SubsidyTexts.money(overview.recoverable())) : text;
    }

    /** Field names for the error mapping. */
    public static class PaidInput {
        private LocalDate paidOn;
        private String reference;

        public LocalDate getPaidOn() { return paidOn; }
        public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
    }
}
