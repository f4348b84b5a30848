package nl.ontmoet.programme.ui;

import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.programme.service.PublicProgrammeService.PublicProgramme;
import nl.ontmoet.programme.service.PublicProgrammeService.PublicSession;
import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The printable week of the public programme. A cancelled session stays on the page, struck through with
 * "Vervalt" (no reason: the reason is written for the centre, not for the public); a moved one shows where
 * it was before.
 */
final class ProgrammeWeekPage {

    private static final String PRINT_CSS = "body{font-family:sans-serif;margin:2rem;color:#1a1a1a}"
            + "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem;border-bottom:2px solid #333}"
            + "table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.3rem .5rem;"
            + "border-bottom:1px solid #ccc;vertical-align:top}td:first-child{white-space:nowrap;width:8rem}"
            + ".type{color:#444}section{break-inside:avoid}.cancelled td{color:#555}"
            + ".status{font-weight:bold;color:#a00000}.moved-from{font-style:italic}@media print{body{margin:0}}";
    private static final Locale LOCALE = BundleI18NProvider.DUTCH;

    private final BundleI18NProvider i18n;
    private final StringBuilder html = new StringBuilder();

    private ProgrammeWeekPage(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    static String render(BundleI18NProvider i18n, PublicProgramme programme, LocalDate monday) {
        return new ProgrammeWeekPage(i18n).page(programme, monday);
    }

    private String page(PublicProgramme programme, LocalDate monday) {
        String title = text("print.title", programme.centreName(), Formats.DUTCH.dayLabel(monday));
        html.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>" + PRINT_CSS + "</style></head><body>")
                .append("<h1>").append(esc(title)).append("</h1><p class=\"address\">")
                .append(esc(programme.address())).append("</p>");
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            var sessions = programme.sessions().stream()
                    .filter(s -> s.startsAt().toLocalDate().equals(day)).toList();
            if (!sessions.isEmpty()) {
                day(day, sessions);
            }
        }
        if (programme.sessions().isEmpty()) {
            html.append("<p>").append(esc(text("print.empty"))).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private void day(LocalDate day, java.util.List<PublicSession> sessions) {
        html.append("<section><h2>").append(esc(Formats.DUTCH.weekdayAndDay(day)))
                .append("</h2><table><thead><tr><th scope=\"col\">").append(esc(text("print.time")))
                .append("</th><th scope=\"col\">").append(esc(text("print.activity")))
                .append("</th><th scope=\"col\">").append(esc(text("print.room"))).append("</th></tr></thead><tbody>");
        sessions.forEach(this::row);
        html.append("</tbody></table></section>");
    }

    private void row(PublicSession s) {
        String time = Formats.DUTCH.time(s.startsAt()) + "–" + Formats.DUTCH.time(s.endsAt());
        String open = s.cancelled() ? "<s>" : "";
        String close = s.cancelled() ? "</s>" : "";
        html.append(s.cancelled() ? "<tr class=\"cancelled\"><td>" : "<tr><td>").append(open).append(time)
                .append(close).append("</td><td>").append(open).append("<strong>").append(esc(s.title()))
                .append("</strong> <span class=\"type\">(").append(esc(text("activity.type." + s.type())))
                .append(")</span>").append(close);
        if (s.cancelled()) {
            html.append(" <span class=\"status\">").append(esc(text("print.cancelled"))).append("</span>");
        } else if (s.previousStartsAt() != null) {
            html.append("<br><span class=\"moved-from\">").append(esc(text("print.movedFrom",
                    Formats.DUTCH.dayLabel(s.previousStartsAt()) + " " + Formats.DUTCH.time(s.previousStartsAt()))))
                    .append("</span>");
        }
        if (s.targetGroup() != null && !s.targetGroup().isBlank()) {
            html.append("<br>").append(esc(text("print.for", s.targetGroup())));
        }
        html.append("</td><td>").append(esc(s.room())).append("</td></tr>");
    }

    private String text(String key, Object... params) {
        return i18n.getTranslation(key, LOCALE, params);
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
