package nl.ontmoet.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chart drawn by chart.js, which the view loads as a WebJar
 * ({@code @JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")}). The numbers are always also in a table
 * beside it: the chart adds overview and nobody depends on it, so its canvas is one image with a label.
 */
public class ChartCanvas extends Div {

    /** One line or row of bars, its colour and its values in the order of the labels. */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

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

    public ChartCanvas(String className, String ariaLabel) {
        addClassNames("report-chart", className);
        var canvas = new Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", ariaLabel);
        canvasBox.getElement().appendChild(canvas);
        canvasBox.addClassName("report-chart-canvas");
        add(canvasBox);
    }

    /** Draws (or redraws) a chart of {@code type} ("bar", "line"); {@code options} is chart.js JSON or "{}". */
    public void draw(String type, List<String> labels, List<Series> series, String options) {
        String config = "{\"type\":" + json(type) + ",\"data\":{\"labels\":["
                + labels.stream().map(ChartCanvas::json).collect(Collectors.joining(",")) + "],\"datasets\":["
                + series.stream().map(ChartCanvas::dataset).collect(Collectors.joining(",")) + "]},\"options\":"
                + options + "}";
        canvasBox.getElement().executeJs(DRAW, canvasBox.getElement(), config);
    }

    private static String dataset(Series series) {
        return "{\"label\":" + json(series.label()) + ",\"backgroundColor\":" + json(series.colour())
                + ",\"borderColor\":" + json(series.colour()) + ",\"data\":["
                + series.values().stream().map(ChartCanvas::number).collect(Collectors.joining(",")) + "]}";
    }

    private static String number(Number value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    public static String json(String text) {
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
