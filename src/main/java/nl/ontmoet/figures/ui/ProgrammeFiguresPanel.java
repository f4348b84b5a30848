package nl.ontmoet.figures.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Columns;
import nl.ontmoet.base.ui.ChartCanvas;
import nl.ontmoet.figures.service.AnnualFigures;
import nl.ontmoet.figures.service.AnnualFigures.MonthRow;
import nl.ontmoet.figures.service.AnnualFigures.TypeRow;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;

/** Sessions and visitors per month (a chart beside its table) and per kind of activity. */
class ProgrammeFiguresPanel extends Div {

    final Grid<MonthRow> months = new Grid<>();
    final Grid<TypeRow> types = new Grid<>();
    private final ChartCanvas chart;
    private final Formats formats = Formats.current();

    ProgrammeFiguresPanel() {
        addClassName("report-charts");
        chart = new ChartCanvas("figures-chart-months", getTranslation("figures.chart.months"));
        months.addColumn(row -> formats.monthName(Month.of(row.month()))).setHeader(getTranslation("figures.month"))
                .setAutoWidth(true);
        Columns.figure(months.addColumn(row -> number(row.sessions())), getTranslation("figures.sessions"), 6);
        Columns.figure(months.addColumn(row -> number(row.visitors())), getTranslation("figures.visitors"), 6);
        Columns.figure(months.addColumn(row -> number(row.newVisitors())), getTranslation("figures.newVisitors"), 6);
        types.addColumn(row -> getTranslation("activity.type." + row.type().name()))
                .setHeader(getTranslation("figures.type")).setAutoWidth(true).setFlexGrow(2);
        Columns.figure(types.addColumn(row -> number(row.sessions())), getTranslation("figures.sessions"), 6);
        Columns.figure(types.addColumn(row -> number(row.visitors())), getTranslation("figures.visitors"), 6);
        for (var grid : List.of(months, types)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.addClassName("figures-table");
        }
        months.setAriaLabel(getTranslation("figures.chart.months"));
        types.setAriaLabel(getTranslation("figures.perType"));
        types.setEmptyStateText(getTranslation("figures.perType.none"));
        add(chart, months, types);
    }

    void show(AnnualFigures figures) {
        months.setItems(figures.months());
        types.setItems(figures.types());
        chart.draw("bar", formats.monthNames(), List.of(
                new ChartCanvas.Series(getTranslation("figures.visitors"), "#0b5c4a",
                        figures.months().stream().map(MonthRow::visitors).toList()),
                new ChartCanvas.Series(getTranslation("figures.newVisitors"), "#8aa39b",
                        figures.months().stream().map(MonthRow::newVisitors).toList())), "{}");
    }

    private String number(long value) {
        return formats.number(BigDecimal.valueOf(value));
    }
}
