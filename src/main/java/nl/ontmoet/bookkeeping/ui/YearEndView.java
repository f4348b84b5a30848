package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.bookkeeping.service.BalanceItem;
import nl.ontmoet.bookkeeping.service.YearEndService;
import nl.ontmoet.bookkeeping.service.YearEndStatement;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * De jaarrekening of a centre-year: the staat van baten en lasten beside the budget and the balance at 31 December,
 * with the PDF for the board to sign and the XLSX. A year not yet closed is shown as provisional.
 */
@Route("centres/:centre/year-end/:year?")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.COORDINATOR})
@StyleSheet("context://public/bookkeeping.css")
public class YearEndView extends CentreScopedView {

    private final YearEndService yearEndService;
    private final Clock clock;
    final Select<Integer> year = new Select<>();
    final Span status = new Span();
    final Grid<YearEndRows.Row> incomeStatement = grid("bookkeeping.yearEnd.budgeted", "bookkeeping.yearEnd.actual",
            "bookkeeping.yearEnd.difference");
    final Grid<YearEndRows.Row> balance = grid("bookkeeping.yearEnd.january", "bookkeeping.yearEnd.december", null);
    final H3 balanceHeading = new H3();
    Anchor pdf;
    Anchor xlsx;
    YearEndStatement statement;

    YearEndView(CentreService centreService, YearEndService yearEndService, Clock clock) {
        super(centreService);
        this.yearEndService = yearEndService;
        this.clock = clock;
        addClassName("year-end-view");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("bookkeeping.budget.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(YearEndView.class, parameters(centre().getSlug(), change.getValue()));
            }
        });
        status.addClassName("year-status");
        incomeStatement.setAriaLabel(getTranslation("bookkeeping.yearEnd.incomeStatement"));
    }

    static RouteParameters parameters(String slug, int year) {
        return new RouteParameters(Map.of(CENTRE_PARAMETER, slug, "year", String.valueOf(year)));
    }

    @Override
    protected void render(Centre centre) {
        int shown = routeParameters().getInteger("year").orElse(LocalDate.now(clock).getYear() - 1);
        year.setValue(shown);
        statement = yearEndService.statement(centre.getId(), shown);
        status.setText(getTranslation(statement.provisional() ? "bookkeeping.yearEnd.provisional"
                : "bookkeeping.yearEnd.final", String.valueOf(shown)));
        status.getElement().getThemeList().add(statement.provisional() ? "badge contrast" : "badge success");
        pdf = Downloads.link(getTranslation("bookkeeping.yearEnd.pdf"),
                () -> yearEndService.pdf(centre.getId(), shown));
        xlsx = Downloads.link(getTranslation("bookkeeping.yearEnd.xlsx"),
                () -> yearEndService.xlsx(centre.getId(), shown));
        var budget = new RouterLink(getTranslation("bookkeeping.yearEnd.toBudget", String.valueOf(shown)), BudgetView.class,
                parameters(centre.getSlug(), shown));
        var actions = new FlexLayout(year, status, pdf, xlsx, budget);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.addClassName("toolbar");
        actions.addClassName("bookkeeping-actions");
        Function<String, String> text = key -> getTranslation(key, String.valueOf(shown));
        Function<BalanceItem, String> label = item -> getTranslation(item.labelKey(), item.labelArguments().toArray());
        incomeStatement.setItems(YearEndRows.incomeStatement(statement, text));
        balance.setItems(YearEndRows.balance(statement, text, label));
        balanceHeading.setText(getTranslation("bookkeeping.yearEnd.balance",
                Formats.current().date(LocalDate.of(shown, 12, 31))));
        balance.setAriaLabel(balanceHeading.getText());
        add(actions, new H3(getTranslation("bookkeeping.yearEnd.incomeStatement")), incomeStatement,
                new Paragraph(getTranslation("bookkeeping.yearEnd.signs")), balanceHeading, balance);
    }

    private Grid<YearEndRows.Row> grid(String first, String second, String third) {
        var grid = new Grid<YearEndRows.Row>();
        grid.addColumn(YearEndRows.Row::label).setHeader(getTranslation("bookkeeping.yearEnd.item"))
                .setFlexGrow(3).setAutoWidth(false).setWidth("14rem");
        amount(grid, YearEndRows.Row::first, first);
        amount(grid, YearEndRows.Row::second, second);
        if (third != null) {
            amount(grid, YearEndRows.Row::third, third);
        }
        grid.setPartNameGenerator(row -> row.strong() ? "strong" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("year-end-grid");
        return grid;
    }

    private void amount(Grid<YearEndRows.Row> grid, Function<YearEndRows.Row, BigDecimal> value, String header) {
        grid.addColumn(row -> value.apply(row) == null ? "" : Formats.current().money(value.apply(row)))
                .setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** Rows of the two tables as their texts, for tests. */
    List<YearEndRows.Row> incomeRows() {
        return incomeStatement.getGenericDataView().getItems().toList();
    }

    @Override
    protected String titleKey() {
        return "bookkeeping.yearEnd.nav";
    }
}
