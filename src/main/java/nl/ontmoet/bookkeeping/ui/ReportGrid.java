package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.bookkeeping.service.ReportLine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntSupplier;

/** Budget versus actual per category: the year, the chosen month, cumulative through it, and a status badge. */
class ReportGrid extends Grid<ReportLine> {

    private final IntSupplier month;

    /** @param month the month the in-month and cumulative columns show */
    ReportGrid(IntSupplier month) {
        this.month = month;
        addColumn(ReportLine::name).setHeader(getTranslation("bookkeeping.entry.category"))
                .setWidth("11em").setFlexGrow(1);
        addColumn(l -> getTranslation("bookkeeping.direction." + l.direction().name()))
                .setHeader(getTranslation("bookkeeping.direction")).setWidth("6.5em").setFlexGrow(0);
        money(ReportLine::budgeted, "bookkeeping.report.budgeted");
        money(ReportLine::actual, "bookkeeping.report.actual");
        money(l -> l.actualIn(month.getAsInt()), "bookkeeping.report.inMonth");
        money(l -> l.actualThrough(month.getAsInt()), "bookkeeping.report.cumulative");
        money(ReportLine::difference, "bookkeeping.report.difference");
        addColumn(l -> Formats.current().percent(l.percentUsed())).setHeader(getTranslation("bookkeeping.report.percent"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5em").setFlexGrow(0);
        addComponentColumn(this::statusBadge).setHeader(getTranslation("bookkeeping.report.status"))
                .setWidth("11em").setFlexGrow(0);
        setAriaLabel(getTranslation("bookkeeping.report.gridLabel"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("report-grid");
        setAllRowsVisible(true);
    }

    private void money(Function<ReportLine, BigDecimal> value, String headerKey) {
        addColumn(l -> Formats.current().money(value.apply(l))).setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5em").setFlexGrow(0);
    }

    private Span statusBadge(ReportLine line) {
        var state = line.status(line.actual());
        Icon icon = switch (state) {
            case OVER -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case NEAR -> VaadinIcon.WARNING.create();
            case OK -> VaadinIcon.CHECK.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("badge-icon");
        var text = new Span(getTranslation("bookkeeping.report.status." + state.name()));
        var badge = new Span(icon, text);
        badge.getElement().getThemeList().add(switch (state) {
            case OVER -> "badge error";
            case NEAR -> "badge warning";
            case OK -> "badge success";
        });
        badge.addClassName("status-" + state.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
