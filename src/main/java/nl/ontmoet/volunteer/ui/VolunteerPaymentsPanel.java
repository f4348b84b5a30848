package nl.ontmoet.volunteer.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.volunteer.domain.AllowancePayment;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.domain.PaymentRow;
import nl.ontmoet.volunteer.service.PaymentService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/** The "Vergoedingen" tab of a volunteer: the allowances paid by this centre and paying a new one. */
class VolunteerPaymentsPanel extends Div {

    private final PaymentService paymentService;
    private final FormErrors formErrors;
    private final long centreId;
    private final long volunteerId;

    final DatePicker paymentDate = new DateField();
    final RadioButtonGroup<PaymentKind> kind = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final BigDecimalField rate = new BigDecimalField();
    final TextArea overrideReason = new TextArea();
    final Button pay = new Button();
    final Grid<PaymentRow> grid = new Grid<>();

    private final Binder<PaymentDraft> binder = new Binder<>(PaymentDraft.class);

    VolunteerPaymentsPanel(PaymentService paymentService, FormErrors formErrors, Clock clock, long centreId,
                           long volunteerId, Component statements) {
        this.paymentService = paymentService;
        this.formErrors = formErrors;
        this.centreId = centreId;
        this.volunteerId = volunteerId;
        addClassName("volunteer-payments");

        paymentDate.setLabel(getTranslation("volunteer.payment.paymentDate"));
        paymentDate.addValueChangeListener(change -> updateHoursHelp());
        kind.setLabel(getTranslation("volunteer.payment.kind"));
        kind.setItems(PaymentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("volunteer.payment.kind." + k.name()));
        kind.addValueChangeListener(change -> updateKind());
        amount.setLabel(getTranslation("volunteer.payment.amount"));
        amount.setPrefixComponent(new Span("€"));
        rate.setLabel(getTranslation("volunteer.payment.rate"));
        rate.setPrefixComponent(new Span("€"));
        overrideReason.setLabel(getTranslation("volunteer.payment.overrideReason"));
        overrideReason.setHelperText(getTranslation("volunteer.payment.overrideReason.help"));
        overrideReason.setMaxLength(AllowancePayment.REASON_LENGTH);
        overrideReason.setVisible(paymentService.canOverride());
        binder.forField(paymentDate).bind("paymentDate");
        binder.forField(kind).bind("kind");
        binder.forField(amount).bind("amount");
        binder.forField(rate).bind("rate");
        binder.forField(overrideReason).bind("overrideReason");
        binder.setBean(draft(clock));

        pay.setText(getTranslation("volunteer.payment.pay"));
        pay.setIcon(VaadinIcon.EURO.create());
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.addClickListener(click -> {
            var draft = binder.getBean();
            if (formErrors.attempt(binder, () -> paymentService.pay(centreId, volunteerId, draft.toInput()))) {
                var paid = paymentService.rows(centreId, volunteerId).getFirst();
                Notifications.success(getTranslation("volunteer.payment.paid", paid.amount()));
                var fresh = draft(clock);
                fresh.setPaymentDate(draft.getPaymentDate());
                fresh.setKind(draft.getKind());
                fresh.setRate(draft.getRate());
                binder.setBean(fresh);
                refresh();
            }
        });
        var form = new FormLayout(paymentDate, kind, amount, rate, overrideReason, pay);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        form.setColspan(overrideReason, 2);
        form.addClassName("volunteer-payment-form");

        grid.addColumn(r -> Formats.current().date(r.paymentDate()))
                .setHeader(getTranslation("volunteer.payment.paymentDate")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("volunteer.payment.kind." + r.kind().name()))
                .setHeader(getTranslation("volunteer.payment.kind")).setAutoWidth(true);
        grid.addColumn(r -> r.hours() == null ? "" : Formats.current().number(r.hours()))
                .setHeader(getTranslation("volunteer.payment.hours")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.rate() == null ? "" : Formats.current().money(r.rate()))
                .setHeader(getTranslation("volunteer.payment.rate")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Formats.current().money(r.amount())).setHeader(getTranslation("volunteer.payment.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::limitStatus).setHeader(getTranslation("volunteer.payment.limits")).setFlexGrow(3);
        grid.addComponentColumn(this::cancelButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("volunteer.payment.title"));
        grid.setEmptyStateText(getTranslation("volunteer.payment.none"));
        grid.addClassName("volunteer-payment-grid");

        if (paymentService.canPay(centreId)) {
            add(form);
        }
        add(grid);
        add(statements);
        updateKind();
        refresh();
    }

    private static PaymentDraft draft(Clock clock) {
        var draft = new PaymentDraft();
        draft.setPaymentDate(LocalDate.now(clock));
        return draft;
    }

    private Span limitStatus(PaymentRow row) {
        var icon = (row.overLimit() ? VaadinIcon.WARNING : VaadinIcon.CHECK).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var text = row.overLimit() ? getTranslation("volunteer.payment.overLimit", row.overrideBy(), row.overrideReason())
                : getTranslation("volunteer.payment.withinLimits");
        var badge = new Span(icon, new Span(text));
        badge.getElement().getThemeList().add(row.overLimit() ? "badge error" : "badge success");
        badge.addClassNames("volunteer-limit-status", "volunteer-status-badge");
        return badge;
    }

    private Button cancelButton(PaymentRow row) {
        var cancel = new Button(getTranslation("volunteer.payment.cancel"), VaadinIcon.CLOSE_SMALL.create(),
                click -> {
                    if (formErrors.attempt(null, () -> paymentService.cancel(centreId, volunteerId, row.id()))) {
                        Notifications.success(getTranslation("volunteer.payment.cancelled"));
                        refresh();
                    }
                });
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.getElement().setAttribute("aria-label", getTranslation("volunteer.payment.cancel") + " "
                + Formats.current().date(row.paymentDate()) + " " + Formats.current().money(row.amount()));
        return cancel;
    }

    private void updateKind() {
        boolean hourly = kind.getValue() == PaymentKind.HOURLY;
        amount.setVisible(!hourly);
        rate.setVisible(hourly);
        updateHoursHelp();
    }

    void updateHoursHelp() {
        var date = paymentDate.getValue();
        if (date == null || kind.getValue() != PaymentKind.HOURLY) {
            rate.setHelperText(null);
            return;
        }
        var month = YearMonth.from(date);
        rate.setHelperText(getTranslation("volunteer.payment.approvedHours", Formats.current().month(month),
                paymentService.approvedHours(centreId, volunteerId, month)));
    }

    void refresh() {
        grid.setItems(paymentService.rows(centreId, volunteerId));
        updateHoursHelp();
    }
}
