package nl.ontmoet.figures.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Columns;
import nl.ontmoet.figures.service.AnnualFigures;
import nl.ontmoet.figures.service.AnnualFigures.CentreRow;

import java.math.BigDecimal;

/** The figures of every centre side by side, sortable, with the municipality's total in the footer. */
class CentreFiguresGrid extends Grid<CentreRow> {

    private final Formats formats = Formats.current();

    CentreFiguresGrid() {
        addClassName("centre-figures");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAriaLabel(getTranslation("figures.centres"));
        setAllRowsVisible(true);
        addColumn(CentreRow::name).setKey("name").setHeader(getTranslation("figures.centre")).setSortable(true)
                .setWidth("16rem").setFlexGrow(1).setFrozen(true).setTooltipGenerator(CentreRow::district);
        count("sessions", "figures.sessions", CentreRow::sessions);
        count("visitors", "figures.visitors", CentreRow::visitors);
        count("volunteers", "figures.volunteers", CentreRow::volunteers);
        amount("hours", "figures.hours", CentreRow::hours, formats::number);
        amount("allowances", "figures.allowances", CentreRow::allowances, formats::money);
        amount("granted", "figures.granted", CentreRow::grantedAmount, formats::money);
        amount("settled", "figures.settled", CentreRow::settledAmount, formats::money);
        amount("income", "figures.income", CentreRow::income, formats::money);
        amount("expenses", "figures.expenses", CentreRow::expenses, formats::money);
        Columns.figure(addColumn(this::used).setKey("used"), getTranslation("figures.budgetUsed"), 7);
        appendFooterRow();
    }

    void show(AnnualFigures figures) {
        setItems(figures.centres());
        var total = figures.total();
        var footer = getFooterRows().getFirst();
        footer.getCell(getColumnByKey("name")).setText(getTranslation("figures.total"));
        footer.getCell(getColumnByKey("sessions")).setText(formats.number(BigDecimal.valueOf(total.sessions())));
        footer.getCell(getColumnByKey("visitors")).setText(formats.number(BigDecimal.valueOf(total.visitors())));
        footer.getCell(getColumnByKey("volunteers")).setText(
                getTranslation("figures.volunteers.distinct", figures.distinctVolunteers()));
        footer.getCell(getColumnByKey("hours")).setText(formats.number(total.hours()));
        footer.getCell(getColumnByKey("allowances")).setText(formats.money(total.allowances()));
        footer.getCell(getColumnByKey("granted")).setText(formats.money(total.grantedAmount()));
        footer.getCell(getColumnByKey("settled")).setText(formats.money(total.settledAmount()));
        footer.getCell(getColumnByKey("income")).setText(formats.money(total.income()));
        footer.getCell(getColumnByKey("expenses")).setText(formats.money(total.expenses()));
        footer.getCell(getColumnByKey("used")).setText(used(total));
    }

    private String used(CentreRow row) {
        if (row.budgetedExpenses().signum() == 0) {
            return formats.percent(null);
        }
        return formats.percent(row.expenses().multiply(BigDecimal.valueOf(100))
                .divide(row.budgetedExpenses(), 1, java.math.RoundingMode.HALF_UP));
    }

    private void count(String key, String header, ValueProvider<CentreRow, Long> value) {
        Columns.figure(addColumn(row -> formats.number(BigDecimal.valueOf(value.apply(row)))).setKey(key),
                getTranslation(header), 9).setComparator(value::apply);
    }

    private void amount(String key, String header, ValueProvider<CentreRow, BigDecimal> value,
                        java.util.function.Function<BigDecimal, String> format) {
        Columns.figure(addColumn(row -> format.apply(value.apply(row))).setKey(key), getTranslation(header), 13)
                .setComparator(value::apply);
    }
}
