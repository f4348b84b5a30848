package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.programme.service.ProgrammeCalendarService;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** A week or month of all rooms of a centre; each session opens its activity. */
@Route("centres/:centre/calendar")
@PermitAll
@StyleSheet("context://public/programme.css")
public class CalendarView extends CentreScopedView {

    enum Mode { WEEK, MONTH }

    private final ProgrammeCalendarService calendarService;
    private final Clock clock;
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final Button previous = new Button();
    final Button next = new Button();
    final Button today = new Button();
    final Span period = new Span();
    final CalendarBoard board = new CalendarBoard(false);
    private LocalDate anchor;

    CalendarView(CentreService centreService, ProgrammeCalendarService calendarService, Clock clock) {
        super(centreService);
        this.calendarService = calendarService;
        this.clock = clock;
        addClassName("calendar-view");
        mode.setLabel(getTranslation("calendar.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("calendar.mode." + m.name()));
        mode.setValue(Mode.WEEK);
        mode.addValueChangeListener(change -> refresh());
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setAriaLabel(getTranslation("calendar.previous"));
        previous.setTooltipText(getTranslation("calendar.previous"));
        previous.addClickListener(click -> step(-1));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setAriaLabel(getTranslation("calendar.next"));
        next.setTooltipText(getTranslation("calendar.next"));
        next.addClickListener(click -> step(1));
        today.setText(getTranslation("calendar.today"));
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        today.addClickListener(click -> {
            anchor = LocalDate.now(clock);
            refresh();
        });
        period.addClassName("calendar-period");
        period.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    protected void render(Centre centre) {
        if (anchor == null) {
            anchor = LocalDate.now(clock);
        }
        var bar = new HorizontalLayout(mode, previous, today, next, period);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("calendar.heading", centre.getName())), bar, board);
        refresh();
    }

    private void step(int direction) {
        anchor = mode.getValue() == Mode.MONTH ? anchor.plusMonths(direction) : anchor.plusWeeks(direction);
        refresh();
    }

    private void refresh() {
        if (centre() == null) {
            return;
        }
        if (mode.getValue() == Mode.MONTH) {
            YearMonth month = YearMonth.from(anchor);
            LocalDate from = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate to = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
            period.setText(Formats.current().month(month));
            board.showMonth(month, calendarService.ofCentre(centre().getId(), from, to));
        } else {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            period.setText(getTranslation("calendar.weekOf", Formats.current().dayLabel(monday)));
            board.showWeek(monday, calendarService.ofCentre(centre().getId(), monday, monday.plusDays(7)));
        }
    }

    @Override
    protected String titleKey() {
        return "nav.centre.calendar";
    }
}
