package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.volunteer.domain.PaymentRow;

import java.util.function.Consumer;

/** The allowances a centre paid a volunteer, with their state against the limits and a cancel button. */
class PaymentGrid extends Grid<PaymentRow> {

    PaymentGrid(Consumer<PaymentRow> cancel) {
        addColumn(r -> Formats.current().date(r.paymentDate()))
                .setHeader(getTranslation("volunteer.payment.paymentDate")).setAutoWidth(true);
        addColumn(r -> getTranslation("volunteer.payment.kind." + r.kind().name()))
                .setHeader(getTranslation("volunteer.payment.kind")).setAutoWidth(true);
        addColumn(r -> r.hours() == null ? "" : Formats.current().number(r.hours()))
                .setHeader(getTranslation("volunteer.payment.hours")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(r -> r.rate() == null ? "" : Formats.current().money(r.rate()))
                .setHeader(getTranslation("volunteer.payment.rate")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(r -> Formats.current().money(r.amount())).setHeader(getTranslation("volunteer.payment.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addComponentColumn(this::limitStatus).setHeader(getTranslation("volunteer.payment.limits")).setFlexGrow(3);
        addComponentColumn(row -> cancelButton(row, cancel)).setAutoWidth(true);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("volunteer.payment.title"));
        setEmptyStateText(getTranslation("volunteer.payment.none"));
        addClassName("volunteer-payment-grid");
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

    private Button cancelButton(PaymentRow row, Consumer<PaymentRow> cancel) {
        var button = new Button(getTranslation("volunteer.payment.cancel"), VaadinIcon.CLOSE_SMALL.create(),
                click -> cancel.accept(row));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.getElement().setAttribute("aria-label", getTranslation("volunteer.payment.cancel") + " "
                + Formats.current().date(row.paymentDate()) + " " + Formats.current().money(row.amount()));
        return button;
    }
}
