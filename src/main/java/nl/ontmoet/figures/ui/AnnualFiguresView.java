package nl.ontmoet.figures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.centre.service.CentreSummary;
import nl.ontmoet.figures.service.AnnualFigures;
import nl.ontmoet.figures.service.AnnualFiguresExport;
import nl.ontmoet.figures.service.AnnualFiguresService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.stream.IntStream;

/**
 * Jaarcijfers: the figures of a chosen year for the municipality's annual report, per centre and in total, with charts
 * where a picture says more than a table, each beside its table and each table as an XLSX.
 */
@Route("figures")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
@StyleSheet("context://public/figures.css")
public class AnnualFiguresView extends Main implements HasDynamicTitle {

    static final int YEARS_BACK = 10;

    final Select<Integer> year = new Select<>();
    final ComboBox<CentreSummary> centre = new ComboBox<>();
    final Div summary = new Div();
    final CentreFiguresGrid centres = new CentreFiguresGrid();
    final ProgrammeFiguresPanel programme = new ProgrammeFiguresPanel();
    final BudgetFiguresGrid budget = new BudgetFiguresGrid();

    private final AnnualFiguresService figuresService;
    private final AnnualFiguresExport export;
    private final Div budgetDownload = new Div();
    private final Div programmeDownload = new Div();

    AnnualFiguresView(AnnualFiguresService figuresService, AnnualFiguresExport export, Clock clock) {
        this.figuresService = figuresService;
        this.export = export;
        addClassNames("view", "annual-figures-view");
        int thisYear = Year.now(clock).getValue();
        year.setLabel(getTranslation("figures.year"));
        year.setItems(IntStream.rangeClosed(0, YEARS_BACK).mapToObj(back -> thisYear - back).toList());
        year.setValue(thisYear);
        centre.setLabel(getTranslation("figures.scope"));
        centre.setPlaceholder(getTranslation("figures.scope.all"));
        centre.setHelperText(getTranslation("figures.scope.help"));
        centre.setItems(figuresService.centres());
        centre.setItemLabelGenerator(CentreSummary::name);
        centre.setClearButtonVisible(true);
        centre.setWidth("20rem");
        year.addValueChangeListener(change -> refresh());
        centre.addValueChangeListener(change -> refresh());
        var toolbar = new HorizontalLayout(year, centre);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        summary.addClassName("figure-cards");

        var centresDownload = Downloads.link(getTranslation("figures.download"),
                () -> export.centresXlsx(year.getValue()));
        add(new H2(getTranslation("nav.figures")), new Paragraph(getTranslation("figures.intro")), toolbar, summary,
                section("figures.centres", centresDownload, centres),
                section("figures.programme", programmeDownload, programme),
                section("figures.budget", budgetDownload, budget));
        refresh();
    }

    private void refresh() {
        int chosenYear = year.getValue();
        Long centreId = centre.getValue() == null ? null : centre.getValue().id();
        AnnualFigures figures = figuresService.of(chosenYear, centreId);
        showSummary(figures);
        centres.show(figures);
        programme.show(figures);
        budget.show(figures);
        programmeDownload.removeAll();
        programmeDownload.add(Downloads.link(getTranslation("figures.download"),
                () -> export.monthsXlsx(chosenYear, centreId)));
        budgetDownload.removeAll();
        budgetDownload.add(Downloads.link(getTranslation("figures.download"),
                () -> export.budgetXlsx(chosenYear, centreId)));
    }

    private void showSummary(AnnualFigures figures) {
        var formats = Formats.current();
        var total = figures.chosen();
        summary.removeAll();
        summary.add(card("figures.visitors", formats.number(BigDecimal.valueOf(total.visitors()))),
                card("figures.sessions", formats.number(BigDecimal.valueOf(total.sessions()))),
                card("figures.volunteers", formats.number(BigDecimal.valueOf(figures.chosenVolunteers()))),
                card("figures.hours", formats.number(total.hours())),
                card("figures.allowances", formats.money(total.allowances())),
                card("figures.granted", formats.money(total.grantedAmount())),
                card("figures.settled", formats.money(total.settledAmount())));
    }

    private Div card(String labelKey, String value) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        var card = new Div(number, label);
        card.addClassName("figure-card");
        return card;
    }

    private Div section(String titleKey, Component download, Component content) {
        var header = new HorizontalLayout(new H3(getTranslation(titleKey)), download);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var section = new Div(header, content);
        section.addClassName("figure-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.figures");
    }
}
