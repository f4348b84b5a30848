package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Columns;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.centre.ui.CentreView;
import nl.ontmoet.dashboard.service.CentreFigures;
import nl.ontmoet.dashboard.service.ManagerToday;
import nl.ontmoet.dashboard.service.ManagerTodayService;
import nl.ontmoet.subsidy.service.DeadlineRow;
import nl.ontmoet.subsidy.ui.ApplicationView;
import nl.ontmoet.subsidy.ui.DeadlinesView;
import nl.ontmoet.subsidy.ui.ReviewView;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static nl.ontmoet.dashboard.ui.TodayCards.card;

/** A manager's day: decisions waiting with their deadline, late reports, and every centre in one sortable table. */
class ManagerTodaySection extends Div {

    private static final int DECISIONS_SHOWN = 5;
    private static final String ALL = "";

    ManagerTodaySection(ManagerTodayService service) {
        addClassName("today-manager");
        ManagerToday today = service.manager();
        var none = RouteParameters.empty();
        var cards = TodayCards.grid(
                card("decisions", today.decisions().size(), getTranslation("today.decisions"),
                        today.decisions().isEmpty() ? null : getTranslation("today.firstDeadline",
                                Formats.current().date(today.decisions().getFirst().decideBy())),
                        true, ReviewView.class, none),
                card("manager-reports-overdue", today.reportsOverdue(), getTranslation("today.reportsOverdue"), true,
                        DeadlinesView.class, none),
                card("manager-reports-due", today.reportsDue(), getTranslation("today.reportsDue"), false,
                        DeadlinesView.class, none));
        add(TodayCards.section(getTranslation("today.subsidies"), cards, decisions(today.decisions())),
                TodayCards.section(getTranslation("today.centres"), centres(service, today.centres())));
    }

    private Component decisions(List<DeadlineRow> rows) {
        var list = new Div();
        list.addClassName("today-decisions");
        rows.stream().limit(DECISIONS_SHOWN).forEach(row -> list.add(new Div(
                new RouterLink(row.title() + " – " + row.centreName(), ApplicationView.class, new RouteParameters(java.util.Map.of(
                        "centre", row.centreSlug(), ApplicationView.APPLICATION_PARAMETER,
                        String.valueOf(row.applicationId())))),
                new com.vaadin.flow.component.html.Span(" " + getTranslation("today.decideBy",
                        Formats.current().date(row.decideBy()))))));
        return list;
    }

    private Component centres(ManagerTodayService service, List<CentreFigures> rows) {
        if (rows.isEmpty()) {
            return new Paragraph(getTranslation("today.noCentres"));
        }
        var formats = Formats.current();
        var grid = new Grid<CentreFigures>();
        grid.setId("today-centres");
        var name = grid.addComponentColumn(row -> new RouterLink(row.name(), CentreView.class,
                        TodayCards.centre(row.slug())))
                .setHeader(getTranslation("today.centre")).setComparator(CentreFigures::name)
                .setFlexGrow(2).setTooltipGenerator(CentreFigures::name);
        var districtColumn = grid.addColumn(CentreFigures::district).setHeader(getTranslation("today.district"))
                .setSortable(true).setTooltipGenerator(CentreFigures::district);
        Columns.figure(grid.addColumn(row -> formats.percent(row.budgetUsedPercent())), getTranslation("today.budgetUsed"),
                7).setComparator(nullsFirst(CentreFigures::budgetUsedPercent));
        money(grid, formats, "today.balance", CentreFigures::balance);
        money(grid, formats, "today.subsidyRequested", CentreFigures::subsidyRequested);
        money(grid, formats, "today.subsidyGranted", CentreFigures::subsidyGranted);
        Columns.figure(grid.addColumn(CentreFigures::activeVolunteers), getTranslation("today.volunteers"), 4)
                .setSortable(true);
        Columns.figure(grid.addColumn(CentreFigures::coachingSessionsThisQuarter),
                getTranslation("today.coachingQuarter"), 4).setSortable(true);
        // names get the room they need, figures their whole header; a narrow screen scrolls the table sideways
        name.setAutoWidth(true).setResizable(true);
        districtColumn.setAutoWidth(true).setResizable(true);
        grid.setItems(rows);
        grid.sort(GridSortOrder.asc(name).build());
        grid.setAllRowsVisible(true);

        var district = new Select<String>();
        district.setLabel(getTranslation("today.district"));
        var districts = rows.stream().map(CentreFigures::district).filter(Objects::nonNull).distinct().sorted()
                .toList();
        district.setItems(concat(districts));
        district.setItemLabelGenerator(item -> item.isEmpty() ? getTranslation("today.allDistricts") : item);
        district.setValue(ALL);
        district.addValueChangeListener(event -> grid.setItems(rows.stream()
                .filter(row -> ALL.equals(event.getValue()) || event.getValue().equals(row.district())).toList()));
        var toolbar = new HorizontalLayout(district,
                Downloads.link(getTranslation("today.export"), service::centresXlsx));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new Div(toolbar, grid);
    }

    private void money(Grid<CentreFigures> grid, Formats formats, String key, Function<CentreFigures, BigDecimal> value) {
        Columns.figure(grid.addColumn(row -> formats.money(value.apply(row))), getTranslation(key), 13)
                .setComparator(nullsFirst(value));
    }

    private static Comparator<CentreFigures> nullsFirst(Function<CentreFigures, BigDecimal> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static List<String> concat(List<String> districts) {
        var all = new java.util.ArrayList<String>();
        all.add(ALL);
        all.addAll(districts);
        return all;
    }
}
