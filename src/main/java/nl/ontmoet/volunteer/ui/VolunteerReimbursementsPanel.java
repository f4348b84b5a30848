package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.base.ui.DateField;
import nl.ontmoet.base.ui.UploadField;
import nl.ontmoet.bookkeeping.service.BookkeepingRules;
import nl.ontmoet.bookkeeping.service.ReceiptUpload;
import nl.ontmoet.volunteer.domain.AllowancePayment;
import nl.ontmoet.volunteer.domain.ReimbursementRow;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.volunteer.service.ReimbursementInput;
import nl.ontmoet.volunteer.service.ReimbursementService;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The "Onkosten" tab of a volunteer: actual costs reimbursed with a receipt. No allowance, so shown apart and
 * outside the limits.
 */
class VolunteerReimbursementsPanel extends Div {

    private final ReimbursementService reimbursements;
    private final PaymentService payments;
    private final FormErrors formErrors;
    private final long centreId;
    private final long volunteerId;

    final DatePicker paymentDate = new DateField();
    final BigDecimalField amount = new BigDecimalField();
    final TextField description = new TextField();
    final UploadField receipt;
    final Span receiptStatus = new Span();
    final Button reimburse = new Button();
    final Grid<ReimbursementRow> grid = new Grid<>();
    private ReceiptUpload pendingReceipt;
    private final Binder<ReimbursementDraft> binder = new Binder<>(ReimbursementDraft.class);

    VolunteerReimbursementsPanel(ReimbursementService reimbursements, PaymentService payments, FormErrors formErrors,
                                 Clock clock, long centreId, long volunteerId) {
        this.reimbursements = reimbursements;
        this.payments = payments;
        this.formErrors = formErrors;
        this.centreId = centreId;
        this.volunteerId = volunteerId;
        addClassName("volunteer-reimbursements");

        paymentDate.setLabel(getTranslation("volunteer.payment.paymentDate"));
        paymentDate.setId("reimbursement-date");
        amount.setLabel(getTranslation("volunteer.payment.amount"));
        amount.setPrefixComponent(new Span("€"));
        amount.setId("reimbursement-amount");
        description.setLabel(getTranslation("volunteer.reimbursement.description"));
        description.setHelperText(getTranslation("volunteer.reimbursement.description.help"));
        description.setMaxLength(AllowancePayment.DESCRIPTION_LENGTH);
        description.setId("reimbursement-description");
        binder.forField(paymentDate).bind("paymentDate");
        binder.forField(amount).bind("amount");
        binder.forField(description).bind("description");
        binder.setBean(draft(clock));
        receipt = new UploadField(BookkeepingRules.MAX_RECEIPT_BYTES, (fileName, data) ->
                getUI().ifPresent(ui -> ui.access(() -> receiptChosen(fileName, data))));
        receipt.setMaxFiles(1);
        receipt.setAcceptedFileTypes(BookkeepingRules.RECEIPT_FILE_TYPES.toArray(String[]::new));
        receipt.getElement().setAttribute("aria-label", getTranslation("volunteer.reimbursement.receipt"));
        var receiptLabel = new NativeLabel(getTranslation("volunteer.reimbursement.receipt"));
        receiptLabel.addClassName("field-label");
        var receiptBox = new Div(receiptLabel, receipt, receiptStatus);
        receiptBox.addClassName("volunteer-receipt-box");

        reimburse.setText(getTranslation("volunteer.reimbursement.pay"));
        reimburse.setIcon(VaadinIcon.EURO.create());
        reimburse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reimburse.addClickListener(click -> confirm());
        var form = new FormLayout(paymentDate, amount, description, receiptBox, reimburse);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        form.setColspan(receiptBox, 2);

        grid.addColumn(r -> Formats.current().date(r.paymentDate()))
                .setHeader(getTranslation("volunteer.payment.paymentDate")).setAutoWidth(true);
        grid.addColumn(ReimbursementRow::description).setHeader(getTranslation("volunteer.reimbursement.description"))
                .setFlexGrow(3);
        grid.addColumn(r -> Formats.current().money(r.amount())).setHeader(getTranslation("volunteer.payment.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(r -> Downloads.link(getTranslation("volunteer.reimbursement.receipt.download"),
                () -> reimbursements.receipt(centreId, volunteerId, r.id()))).setAutoWidth(true);
        grid.addComponentColumn(this::cancelButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("volunteer.reimbursement.title"));
        grid.setEmptyStateText(getTranslation("volunteer.reimbursement.none"));

        add(new Paragraph(getTranslation("volunteer.reimbursement.intro")));
        if (payments.canPay(centreId)) {
            add(form);
        }
        add(grid);
        refresh();
    }

    private static ReimbursementDraft draft(Clock clock) {
        var draft = new ReimbursementDraft();
        draft.setPaymentDate(LocalDate.now(clock));
        return draft;
    }

    /** Called when a file is uploaded; tests call it directly. */
    void receiptChosen(String fileName, byte[] content) {
        pendingReceipt = new ReceiptUpload(fileName, content);
        receiptStatus.setText(getTranslation("volunteer.reimbursement.receipt.chosen", fileName));
    }

    void confirm() {
        if (amount.getValue() == null || description.isEmpty() || pendingReceipt == null) {
            save();
            return;
        }
        Dialogs.confirm(getTranslation("volunteer.reimbursement.confirm.title"),
                getTranslation("volunteer.reimbursement.confirm", Formats.current().money(amount.getValue()),
                        description.getValue()), getTranslation("volunteer.reimbursement.pay"), this::save);
    }

    private void save() {
        var draft = binder.getBean();
        var input = new ReimbursementInput(draft.getPaymentDate(), draft.getAmount(), draft.getDescription(),
                pendingReceipt);
        if (formErrors.attempt(binder, () -> reimbursements.reimburse(centreId, volunteerId, input))) {
            Notifications.success(getTranslation("volunteer.reimbursement.paid"));
            var fresh = new ReimbursementDraft();
            fresh.setPaymentDate(draft.getPaymentDate());
            binder.setBean(fresh);
            receipt.clearFileList();
            receiptStatus.setText("");
            pendingReceipt = null;
            refresh();
        }
    }

    private Button cancelButton(ReimbursementRow row) {
        var cancel = new Button(getTranslation("volunteer.payment.cancel"), VaadinIcon.CLOSE_SMALL.create(), click -> {
            if (formErrors.attempt(null, () -> payments.cancel(centreId, volunteerId, row.id()))) {
                Notifications.success(getTranslation("volunteer.reimbursement.cancelled"));
                refresh();
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.getElement().setAttribute("aria-label", getTranslation("volunteer.payment.cancel") + " "
                + row.description());
        return cancel;
    }

    void refresh() {
        grid.setItems(reimbursements.rows(centreId, volunteerId));
    }
}
