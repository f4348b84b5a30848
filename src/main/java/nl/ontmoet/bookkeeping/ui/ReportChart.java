package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.html.Div;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetReport;
import nl.ontmoet.bookkeeping.service.ReportLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Charts of budget versus actual drawn by chart.js (served as a WebJar, loaded by the view). The numbers are
 * also in the table next to it, so the chart adds overview and nobody depends on it.
 */
class ReportChart extends Div {

    private static final String DRAW = """
            const host = $0, config = JSON.parse($1);
            const draw = () => {
              if (typeof Chart === 'undefined') { setTimeout(draw, 100); return; }
              if (host._chart) { host._chart.destroy(); }
              config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
              host._chart = new Chart(host.querySelector('canvas'), config);
            };
            draw();
            """;

    private final Div canvasBox = new Div();

    ReportChart(String className, String ariaLabel) {
        addClassNames("report-chart", className);
        var canvas = new com.vaadin.flow.dom.Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", ariaLabel);
        canvasBox.getElement().appendChild(canvas);
        canvasBox.addClassName("report-chart-canvas");
        add(canvasBox);
    }

    void barsPerCategory(BudgetReport report, String budgetLabel, String actualLabel) {
        List<ReportLine> lines = report.lines().stream()
                .filter(l -> l.budgeted().signum() != 0 || l.actual().signum() != 0).toList();
        String labels = lines.stream().map(l -> json(l.name())).collect(Collectors.joining(","));
        String config = "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(budgetLabel, "#8aa39b", lines.stream().map(ReportLine::budgeted).toList()) + ","
                + dataset(actualLabel, "#0b5c4a", lines.stream().map(ReportLine::actual).toList())
                + "]},\"options\":{\"indexAxis\":\"y\"}}";
        canvasBox.getElement().executeJs(DRAW, canvasBox.getElement(), config);
    }

    void cumulativeCourse(BudgetReport report, List<String> months, String incomeLabel, String expenseLabel) {
        String labels = months.stream().map(ReportChart::json).collect(Collectors.joining(","));
        String config = "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(incomeLabel, "#0b5c4a", report.cumulative(Direction.INCOME)) + ","
                + dataset(expenseLabel, "#b3261e", report.cumulative(Direction.EXPENSE)) + "]}}";
        canvasBox.getElement().executeJs(DRAW, canvasBox.getElement(), config);
    }

    private static String dataset(String label, String colour, List<BigDecimal> values) {
        return "{\"label\":" + json(label) + ",\"backgroundColor\":\"" + colour + "\",\"borderColor\":\"" + colour
                + "\",\"data\":[" + values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","))
                + "]}";
    }

    static String json(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
