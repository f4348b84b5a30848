package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.bookkeeping.service.BudgetLineData;
import nl.ontmoet.subsidy.domain.EarlierApplications;
import nl.ontmoet.subsidy.service.ReviewContext;

/** Beside an application under review: the centre's own budget for the scheme's year and its other applications. */
class ReviewContextPanel extends Div {

    final Grid<BudgetLineData> budget = new Grid<>();
    final Grid<EarlierApplications> earlier = new Grid<>();
    final Paragraph noBudget = new Paragraph();
    final Paragraph noEarlier = new Paragraph();

    ReviewContextPanel(ReviewContext context) {
        addClassName("review-context");
        add(new H3(getTranslation("subsidy.context.budget", String.valueOf(context.year()))));
        if (!context.budgetExists() || context.budgetLines().isEmpty()) {
            noBudget.setText(getTranslation("subsidy.context.noBudget", String.valueOf(context.year())));
            add(noBudget);
        } else {
            budget.setAriaLabel(getTranslation("subsidy.context.budget", String.valueOf(context.year())));
            budget.addColumn(BudgetLineData::name).setHeader(getTranslation("subsidy.budget.category")).setFlexGrow(2);
            budget.addColumn(l -> getTranslation("subsidy.budget.direction." + l.direction().name()))
                    .setHeader(getTranslation("subsidy.budget.kind")).setAutoWidth(true);
            budget.addColumn(l -> SubsidyTexts.money(l.amount())).setHeader(getTranslation("subsidy.budget.amount"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            budget.addThemeVariants(GridVariant.LUMO_COMPACT);
            budget.setAllRowsVisible(true);
            budget.setItems(context.budgetLines());
            var totals = new Div();
            totals.addClassName("subsidy-facts");
            total(totals, "subsidy.budget.costs", context.costs());
            total(totals, "subsidy.budget.income", context.income());
            add(budget, totals);
        }
        add(new H3(getTranslation("subsidy.context.earlier")));
        if (context.earlier().isEmpty()) {
            noEarlier.setText(getTranslation("subsidy.context.noEarlier"));
            add(noEarlier);
        } else {
            earlier.setAriaLabel(getTranslation("subsidy.context.earlier"));
            earlier.addColumn(e -> e.schemeName() + " (" + e.schemeYear() + ")")
                    .setHeader(getTranslation("subsidy.scheme")).setFlexGrow(2);
            earlier.addComponentColumn(e -> SubsidyTexts.badge(getTranslation(SubsidyTexts.statusKey(e.status())),
                    e.status())).setHeader(getTranslation("subsidy.status")).setAutoWidth(true);
            earlier.addColumn(EarlierApplications::count).setHeader(getTranslation("subsidy.context.count"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            earlier.addColumn(e -> SubsidyTexts.money(e.requested()))
                    .setHeader(getTranslation("subsidy.requestedAmount")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            earlier.addColumn(e -> SubsidyTexts.money(e.granted())).setHeader(getTranslation("subsidy.grantedAmount"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            earlier.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            earlier.setAllRowsVisible(true);
            earlier.setItems(context.earlier());
            add(earlier);
        }
    }

    private void total(Div totals, String key, java.math.BigDecimal value) {
        var label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        var text = new Span(SubsidyTexts.money(value));
        text.addClassName("fact-value");
        totals.add(label, text);
    }
}
