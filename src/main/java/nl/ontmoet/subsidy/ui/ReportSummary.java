package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyReport;
import nl.ontmoet.subsidy.domain.SubsidyReportLine;
import nl.ontmoet.subsidy.service.ApplicationBudget;
import nl.ontmoet.subsidy.service.BudgetLineRow;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted accountability report, read-only: actual costs per category beside what the application budgeted,
 * results against expectations, explanation.
 */
class ReportSummary extends Div {

    ReportSummary(SubsidyApplication application, SubsidyReport report, ApplicationBudget budget) {
        addClassName("report-summary");
        add(new H3(getTranslation("subsidy.report")));
        var submitted = new Paragraph(getTranslation("subsidy.report.submittedBy",
                SubsidyTexts.moment(report.getSubmittedAt()), report.getSubmittedBy().getDisplayName()));
        submitted.addClassName("timeline-when");
        add(submitted);

        var costs = table("subsidy.report.costs", "subsidy.report.category", "subsidy.report.budgeted",
                "subsidy.report.actual");
        var body = costs.getBody();
        Map<String, BudgetLineRow> planned = new LinkedHashMap<>();
        budget.lines().stream().filter(line -> line.direction() == Direction.EXPENSE)
                .forEach(line -> planned.put(line.categoryCode(), line));
        for (SubsidyReportLine line : report.getLines()) {
            var plannedLine = planned.remove(line.getCategory().getCode());
            row(body, line.getCategory().getName(),
                    plannedLine == null ? "–" : SubsidyTexts.money(plannedLine.amount()),
                    SubsidyTexts.money(line.getAmount()));
        }
        for (BudgetLineRow unspent : planned.values()) {
            row(body, unspent.categoryName(), SubsidyTexts.money(unspent.amount()), SubsidyTexts.money(BigDecimal.ZERO));
        }
        row(body, getTranslation("subsidy.report.total"), SubsidyTexts.money(budget.costs()),
                SubsidyTexts.money(report.totalCosts())).addClassName("total");

        var results = table("subsidy.report.results", "subsidy.report.measure", "subsidy.report.expectedHeader",
                "subsidy.report.achieved");
        var resultBody = results.getBody();
        row(resultBody, getTranslation("subsidy.report.activities"), number(application.getExpectedActivities()),
                String.valueOf(report.getActualActivities()));
        row(resultBody, getTranslation("subsidy.report.visitors"), number(application.getExpectedVisitors()),
                String.valueOf(report.getActualVisitors()));
        row(resultBody, getTranslation("subsidy.report.volunteers"), number(application.getExpectedVolunteers()),
                String.valueOf(report.getActualVolunteers()));

        var tables = new Div(costs, results);
        tables.addClassName("report-tables");
        add(tables);
        var explanation = new Div(new Span(getTranslation("subsidy.report.explanation")),
                new Paragraph(report.getExplanation()));
        explanation.addClassName("report-explanation");
        add(explanation);
    }

    private NativeTable table(String captionKey, String... headerKeys) {
        var table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(getTranslation(captionKey));
        var header = table.getHead().addRow();
        for (String key : headerKeys) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        return table;
    }

    private static NativeTableRow row(NativeTableBody body, String... values) {
        var row = body.addRow();
        for (int i = 0; i < values.length; i++) {
            var cell = row.addDataCell();
            cell.setText(values[i]);
            if (i > 0) {
                cell.addClassName("number");
            }
        }
        return row;
    }

    private static String number(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
