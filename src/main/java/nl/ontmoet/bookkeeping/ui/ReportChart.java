package nl.ontmoet.bookkeeping.ui;

import nl.ontmoet.base.ui.ChartCanvas;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetReport;
import nl.ontmoet.bookkeeping.service.ReportLine;

import java.util.List;

/** Charts of budget versus actual; the numbers are also in the table next to it. */
class ReportChart extends ChartCanvas {

    ReportChart(String className, String ariaLabel) {
        super(className, ariaLabel);
    }

    void barsPerCategory(BudgetReport report, String budgetLabel, String actualLabel) {
        List<ReportLine> lines = report.lines().stream()
                .filter(l -> l.budgeted().signum() != 0 || l.actual().signum() != 0).toList();
        draw("bar", lines.stream().map(ReportLine::name).toList(), List.of(
                new Series(budgetLabel, "#8aa39b", lines.stream().map(ReportLine::budgeted).toList()),
                new Series(actualLabel, "#0b5c4a", lines.stream().map(ReportLine::actual).toList())),
                "{\"indexAxis\":\"y\"}");
    }

    void cumulativeCourse(BudgetReport report, List<String> months, String incomeLabel, String expenseLabel) {
        draw("line", months, List.of(
                new Series(incomeLabel, "#0b5c4a", report.cumulative(Direction.INCOME)),
                new Series(expenseLabel, "#b3261e", report.cumulative(Direction.EXPENSE))), "{}");
    }
}
