package nl.ontmoet.figures.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Columns;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BookkeepingFigures.OfCategory;
import nl.ontmoet.figures.service.AnnualFigures;

/** Budget versus actual per category, income first, for all centres or the chosen one. */
class BudgetFiguresGrid extends Grid<OfCategory> {

    BudgetFiguresGrid() {
        var formats = Formats.current();
        addClassName("budget-figures");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("figures.budget"));
        setEmptyStateText(getTranslation("figures.budget.none"));
        addColumn(OfCategory::name).setHeader(getTranslation("figures.category")).setAutoWidth(true).setFlexGrow(2);
        addColumn(row -> getTranslation(row.direction() == Direction.INCOME ? "figures.income" : "figures.expenses"))
                .setHeader(getTranslation("figures.direction")).setAutoWidth(true);
        Columns.figure(addColumn(row -> formats.money(row.budgeted())), getTranslation("figures.budgeted"), 13);
        Columns.figure(addColumn(row -> formats.money(row.actual())), getTranslation("figures.actual"), 13);
        Columns.figure(addColumn(row -> formats.money(row.actual().subtract(row.budgeted()))),
                getTranslation("figures.difference"), 13);
    }

    void show(AnnualFigures figures) {
        setItems(figures.categories());
    }
}
