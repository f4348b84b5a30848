package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import nl.ontmoet.base.export.CsvStyle;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetReport;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExportService;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.stream.IntStream;

/** Budget versus actual of a centre-year: the table through a chosen month, a summary, two charts and exports. */
class BudgetReportPanel extends Div {

    private final BudgetService budgetService;
    private final ExportService exportService;
    final Select<Integer> throughMonth = new Select<>();
    final ReportGrid report = new ReportGrid(this::month);
    final Anchor exportXlsx = new Anchor();
    final Anchor exportCsv = new Anchor();
    final Anchor exportMachineCsv = new Anchor();
    private BudgetReport currentReport;

    BudgetReportPanel(BudgetService budgetService, ExportService exportService) {
        this.budgetService = budgetService;
        this.exportService = exportService;
        addClassName("report-section");
        throughMonth.setLabel(getTranslation("bookkeeping.report.throughMonth"));
        throughMonth.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        throughMonth.setItemLabelGenerator(month -> Formats.current().monthName(Month.of(month)));
        throughMonth.addValueChangeListener(change -> {
            if (change.getValue() != null && currentReport != null) {
                report.getDataProvider().refreshAll();
            }
        });
        exportXlsx.setText(getTranslation("bookkeeping.export.xlsx"));
        exportCsv.setText(getTranslation("bookkeeping.export.csv"));
        exportXlsx.getElement().setAttribute("download", true);
        exportCsv.getElement().setAttribute("download", true);
        exportMachineCsv.setText(getTranslation("bookkeeping.export.csv.machine"));
        exportMachineCsv.getElement().setAttribute("download", true);
    }

    /** Chooses the centre-year the exports are of, and the month the table starts at. */
    void select(long centreId, int year, int month) {
        exportXlsx.setHref(Downloads.handler(() -> exportService.reportXlsx(centreId, year)));
        exportCsv.setHref(Downloads.handler(() -> exportService.reportCsv(centreId, year)));
        exportMachineCsv.setHref(Downloads.handler(() -> exportService.reportCsv(centreId, year, CsvStyle.MACHINE)));
        throughMonth.setValue(month);
    }

    /** (Re)loads the report from the database. */
    void show(long centreId, int year) {
        removeAll();
        add(new H3(getTranslation("bookkeeping.report.title", String.valueOf(year))));
        currentReport = budgetService.report(centreId, year);
        report.setItems(currentReport.lines());
        var tools = new FlexLayout(throughMonth, exportXlsx, exportCsv, exportMachineCsv);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.addClassName("toolbar");
        var money = Formats.current();
        var expected = BudgetService.total(budgetService.expectedIncome(centreId, year));
        var summary = new Paragraph(getTranslation("bookkeeping.report.summary",
                money.money(currentReport.budgeted(Direction.INCOME).add(expected)), money.money(currentReport.actual(Direction.INCOME)),
                money.money(currentReport.budgeted(Direction.EXPENSE)), money.money(currentReport.actual(Direction.EXPENSE))));
        summary.addClassName("report-summary");
        var bars = new ReportChart("report-chart-bars", getTranslation("bookkeeping.report.chart.bars"));
        var course = new ReportChart("report-chart-course", getTranslation("bookkeeping.report.chart.course"));
        var charts = new Div(bars, course);
        charts.addClassName("report-charts");
        add(tools, summary, report, charts);
        bars.barsPerCategory(currentReport, getTranslation("bookkeeping.report.budgeted"),
                getTranslation("bookkeeping.report.actual"));
        course.cumulativeCourse(currentReport, IntStream.rangeClosed(1, 12).mapToObj(m ->
                        Month.of(m).getDisplayName(TextStyle.SHORT, Formats.current().locale())).toList(),
                getTranslation("bookkeeping.report.cumulative.income"),
                getTranslation("bookkeeping.report.cumulative.expense"));
    }

    private int month() {
        return throughMonth.getValue() == null ? 12 : throughMonth.getValue();
    }
}
