package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyReport;
import nl.ontmoet.subsidy.domain.SubsidyReportLine;

/** A submitted accountability report, read-only: costs per category, results against expectations, explanation. */
class ReportSummary extends Div {

    ReportSummary(SubsidyApplication application, SubsidyReport report) {
        addClassName("report-summary");
        add(new H3(getTranslation("subsidy.report")));
        var submitted = new Paragraph(getTranslation("subsidy.report.submittedBy",
                SubsidyTexts.moment(report.getSubmittedAt()), report.getSubmittedBy().getDisplayName()));
        submitted.addClassName("timeline-when");
        add(submitted);

        var costs = table("subsidy.report.costs", "subsidy.report.category", "subsidy.report.actual");
        var body = costs.getBody();
        for (SubsidyReportLine line : report.getLines()) {
            row(body, line.getCategory().getName(), SubsidyTexts.money(line.getAmount()));
        }
        row(body, getTranslation("subsidy.report.total"), SubsidyTexts.money(report.totalCosts())).addClassName("total");

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
