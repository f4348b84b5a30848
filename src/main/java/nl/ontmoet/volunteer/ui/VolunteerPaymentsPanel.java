package nl.ontmoet.volunteer.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.base.ui.TextCounter;
import nl.ontmoet.volunteer.domain.AllowancePayment;
import nl.ontmoet.volunteer.domain.HoursRow;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.domain.PaymentRow;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.volunteer.service.TaxableYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The "Vergoedingen" tab of a volunteer: the allowances paid by this centre and paying a new one, for chosen
 * approved hours or as a fixed amount, after a confirmation that shows the sum. A year in which an admin paid over a
 * limit is flagged: its whole amount is taxable.
 */
class VolunteerPaymentsPanel extends Div {

    private final PaymentService paymentService;
    private final FormErrors formErrors;
    private final long centreId;
    private final long volunteerId;

    final Div taxable = new Div();
    final DatePicker paymentDate = new DateField();
    final RadioButtonGroup<PaymentKind> kind = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final BigDecimalField rate = new BigDecimalField();
    final Grid<HoursRow> hours = new Grid<>();
    final Span hoursChosen = new Span();
    final TextArea overrideReason = new TextArea();
    final Button pay = new Button();
    final PaymentGrid grid;

    private final Binder<PaymentDraft> binder = new Binder<>(PaymentDraft.class);

    VolunteerPaymentsPanel(PaymentService paymentService, FormErrors formErrors, Clock clock, long centreId,
                           long volunteerId, Component statements) {
        this.paymentService = paymentService;
        this.formErrors = formErrors;
        this.centreId = centreId;
        this.volunteerId = volunteerId;
        addClassName("volunteer-payments");
        grid = new PaymentGrid(this::cancel);
        taxable.addClassName("volunteer-taxable-warning");
        taxable.getElement().setAttribute("role", "alert");

        paymentDate.setLabel(getTranslation("volunteer.payment.paymentDate"));
        paymentDate.addValueChangeListener(change -> refreshHours());
        kind.setLabel(getTranslation("volunteer.payment.kind"));
        kind.setItems(PaymentKind.FIXED, PaymentKind.HOURLY);
        kind.setItemLabelGenerator(k -> getTranslation("volunteer.payment.kind." + k.name()));
        kind.addValueChangeListener(change -> updateKind());
        amount.setLabel(getTranslation("volunteer.payment.amount"));
        amount.setPrefixComponent(new Span("€"));
        rate.setLabel(getTranslation("volunteer.payment.rate"));
        rate.setPrefixComponent(new Span("€"));
        overrideReason.setLabel(getTranslation("volunteer.payment.overrideReason"));
        overrideReason.setHelperText(getTranslation("volunteer.payment.overrideReason.help"));
        overrideReason.setMaxLength(AllowancePayment.REASON_LENGTH);
        TextCounter.count(overrideReason);
        overrideReason.setVisible(paymentService.canOverride());
        binder.forField(paymentDate).bind("paymentDate");
        binder.forField(kind).bind("kind");
        binder.forField(amount).bind("amount");
        binder.forField(rate).bind("rate");
        binder.forField(overrideReason).bind("overrideReason");
        binder.setBean(draft(clock));

        hours.setSelectionMode(Grid.SelectionMode.MULTI);
        hours.addColumn(r -> Formats.current().date(r.workDate())).setHeader(getTranslation("volunteer.hours.workDate"))
                .setAutoWidth(true);
        hours.addColumn(HoursRow::what).setHeader(getTranslation("volunteer.hours.what")).setFlexGrow(2);
        hours.addColumn(r -> Formats.current().number(r.hours())).setHeader(getTranslation("volunteer.hours.hours"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        hours.setAllRowsVisible(true);
        hours.setAriaLabel(getTranslation("volunteer.payment.unpaidHours"));
        hours.setEmptyStateText(getTranslation("volunteer.payment.noUnpaidHours"));
        hours.addSelectionListener(change -> updateChosen());
        hours.addClassName("volunteer-unpaid-hours");

        pay.setText(getTranslation("volunteer.payment.pay"));
        pay.setIcon(VaadinIcon.EURO.create());
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.addClickListener(click -> confirmAndPay());
        var rule = new Paragraph(getTranslation("volunteer.payment.rule"));
        rule.addClassName("volunteer-payment-rule");
        var hoursBox = new Div(hoursChosen, hours);
        hoursBox.addClassName("volunteer-hours-box");
        var form = new FormLayout(paymentDate, kind, amount, rate, hoursBox, overrideReason, pay);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        form.setColspan(hoursBox, 4);
        form.setColspan(overrideReason, 2);
        form.addClassName("volunteer-payment-form");

        add(taxable);
        if (paymentService.canPay(centreId)) {
            add(rule, form);
        }
        add(grid, statements);
        updateKind();
        refresh();
    }

    private static PaymentDraft draft(Clock clock) {
        var draft = new PaymentDraft();
        draft.setPaymentDate(LocalDate.now(clock));
        return draft;
    }

    private List<HoursRow> chosenHours() {
        return hours.getSelectedItems().stream().toList();
    }

    private BigDecimal chosenSum() {
        return chosenHours().stream().map(HoursRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One click must not commit money: the confirmation shows what will be paid and, for an override, the cost. */
    void confirmAndPay() {
        var draft = binder.getBean();
        var chosen = chosenHours().stream().map(HoursRow::id).toList();
        String sum = sum(draft);
        if (sum == null || draft.getPaymentDate() == null) {
            doPay(draft, chosen);
            return;
        }
        var text = sum + " " + getTranslation("volunteer.payment.confirm.counts",
                Formats.current().month(YearMonth.from(draft.getPaymentDate())));
        if (draft.overriding()) {
            text += " " + getTranslation("volunteer.payment.confirm.override");
        }
        Dialogs.confirm(getTranslation("volunteer.payment.confirm.title"), text,
                getTranslation("volunteer.payment.pay"), () -> doPay(draft, chosen));
    }

    /** "3 uur × € 5,60 = € 16,80", "€ 100,00 voor 10 uur" or "€ 100,00, niet per uur"; null when incomplete. */
    private String sum(PaymentDraft draft) {
        var f = Formats.current();
        var hoursSum = chosenSum();
        if (draft.getKind() == PaymentKind.HOURLY) {
            if (draft.getRate() == null || hoursSum.signum() == 0) {
                return null;
            }
            var total = hoursSum.multiply(draft.getRate()).setScale(2, RoundingMode.DOWN);
            return getTranslation("volunteer.payment.confirm.hourly", f.number(hoursSum), f.money(draft.getRate()),
                    f.money(total));
        }
        if (draft.getAmount() == null) {
            return null;
        }
        return hoursSum.signum() == 0 ? getTranslation("volunteer.payment.confirm.fixed", f.money(draft.getAmount()))
                : getTranslation("volunteer.payment.confirm.fixedHours", f.money(draft.getAmount()),
                f.number(hoursSum));
    }

    private void doPay(PaymentDraft draft, List<Long> chosen) {
        if (formErrors.attempt(binder, () -> paymentService.pay(centreId, volunteerId, draft.toInput(chosen)))) {
            var paid = paymentService.rows(centreId, volunteerId).getFirst();
            Notifications.success(getTranslation("volunteer.payment.paid", paid.amount()));
            var fresh = new PaymentDraft();
            fresh.setPaymentDate(draft.getPaymentDate());
            fresh.setKind(draft.getKind());
            fresh.setRate(draft.getRate());
            binder.setBean(fresh);
            refresh();
        }
    }

    private void cancel(PaymentRow row) {
        if (formErrors.attempt(null, () -> paymentService.cancel(centreId, volunteerId, row.id()))) {
            Notifications.success(getTranslation("volunteer.payment.cancelled"));
            refresh();
        }
    }

    private void updateKind() {
        boolean hourly = kind.getValue() == PaymentKind.HOURLY;
        amount.setVisible(!hourly);
        rate.setVisible(hourly);
        refreshHours();
    }

    /** The unpaid approved hours up to the payment date; all chosen for a per-hour payment, none for a fixed one. */
    void refreshHours() {
        var date = paymentDate.getValue();
        var open = date == null ? List.<HoursRow>of() : paymentService.unpaidHours(centreId, volunteerId, date);
        hours.setItems(open);
        if (kind.getValue() == PaymentKind.HOURLY) {
            open.forEach(hours::select);
        }
        updateChosen();
        updateTaxable(date == null ? null : date.getYear());
    }

    private void updateChosen() {
        var f = Formats.current();
        hoursChosen.setText(getTranslation(kind.getValue() == PaymentKind.HOURLY ? "volunteer.payment.hoursChosen"
                : "volunteer.payment.hoursChosenFixed", f.number(chosenSum())));
    }

    private void updateTaxable(Integer year) {
        var flagged = year == null ? Optional.<TaxableYear>empty()
                : paymentService.taxableYear(centreId, volunteerId, year);
        taxable.removeAll();
        flagged.ifPresent(t -> {
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            taxable.add(icon, new Span(getTranslation("volunteer.payment.taxable", String.valueOf(t.year()),
                    Formats.current().money(t.allCentres()))));
        });
        taxable.setVisible(flagged.isPresent());
    }

    void refresh() {
        grid.setItems(paymentService.rows(centreId, volunteerId));
        refreshHours();
    }
}
