package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.programme.domain.CalendarEntry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A week or a month of sessions as a CSS grid of days. Each session is a link (reachable by keyboard) that
 * shows its time, title, room and type in text; the colour by type only repeats what the text says.
 */
class CalendarBoard extends Div {

    /** A month cell shows this many sessions and then "n more", so that a busy day stays readable. */
    static final int MONTH_CELL_LIMIT = 4;

    private final boolean showCentre;

    CalendarBoard(boolean showCentre) {
        this.showCentre = showCentre;
        addClassName("calendar-board");
    }

    void showWeek(LocalDate monday, List<CalendarEntry> entries) {
        removeAll();
        removeClassName("month");
        addClassName("week");
        getElement().setAttribute("aria-label", getTranslation("calendar.weekOf", Formats.current().dayLabel(monday)));
        Map<LocalDate, List<CalendarEntry>> byDay = byDay(entries);
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            var cell = new Div();
            cell.addClassName("calendar-day");
            var header = new H3(Formats.current().weekdayAndDay(day));
            header.addClassName("calendar-day-header");
            cell.add(header);
            var list = byDay.getOrDefault(day, List.of());
            if (list.isEmpty()) {
                var empty = new Span(getTranslation("calendar.nothing"));
                empty.addClassName("calendar-empty");
                cell.add(empty);
            }
            list.forEach(entry -> cell.add(block(entry, true)));
            add(cell);
        }
    }

    void showMonth(YearMonth month, List<CalendarEntry> entries) {
        removeAll();
        removeClassName("week");
        addClassName("month");
        getElement().setAttribute("aria-label", getTranslation("calendar.monthOf",
                Formats.current().month(month)));
        Map<LocalDate, List<CalendarEntry>> byDay = byDay(entries);
        for (DayOfWeek d : DayOfWeek.values()) {
            var header = new Div(ProgrammeLabels.weekday(this, d));
            header.addClassName("calendar-weekday");
            add(header);
        }
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            var cell = new Div();
            cell.addClassName("calendar-day");
            if (!YearMonth.from(day).equals(month)) {
                cell.addClassName("other-month");
            }
            var number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("calendar-day-number");
            cell.add(number);
            var list = byDay.getOrDefault(day, List.of());
            list.stream().limit(MONTH_CELL_LIMIT).forEach(entry -> cell.add(block(entry, false)));
            if (list.size() > MONTH_CELL_LIMIT) {
                var more = new Span(getTranslation("calendar.more", list.size() - MONTH_CELL_LIMIT));
                more.addClassName("calendar-more");
                cell.add(more);
            }
            add(cell);
        }
    }

    private RouterLink block(CalendarEntry entry, boolean detailed) {
        var link = new RouterLink();
        link.setRoute(ActivityView.class, new RouteParameters(Map.of(CentreScopedView.CENTRE_PARAMETER,
                entry.centreSlug(), ActivityView.ACTIVITY_PARAMETER, String.valueOf(entry.activityId()))));
        link.addClassNames("calendar-entry", ProgrammeLabels.cssClass(entry.type()));
        if (entry.cancelled()) {
            link.addClassName("cancelled");
        }
        var time = new Span(Formats.current().time(entry.startsAt()) + "–" + Formats.current().time(entry.endsAt()));
        time.addClassName("calendar-time");
        var title = new Span(entry.title());
        title.addClassName("calendar-title");
        link.add(time, title);
        if (detailed || showCentre) {
            var where = new Span(showCentre ? entry.centreName() + " · " + entry.roomName() : entry.roomName());
            where.addClassName("calendar-where");
            link.add(where);
        }
        var type = new Span(ProgrammeLabels.type(this, entry.type())
                + (entry.cancelled() ? " · " + getTranslation("session.status.cancelled") : ""));
        type.addClassName("calendar-type");
        link.add(type);
        return link;
    }

    private static Map<LocalDate, List<CalendarEntry>> byDay(List<CalendarEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e.startsAt().toLocalDate(), TreeMap::new,
                Collectors.toList()));
    }
}
