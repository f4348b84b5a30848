package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.centre.service.CentreFilter;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.CentreSummary;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.service.ProgrammeCalendarService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** The month of the whole municipality for policy officers, filtered by centre, district and type. */
@Route("programme/calendar")
@RolesAllowed(Roles.MANAGER)
@StyleSheet("context://public/programme.css")
public class MunicipalityCalendarView extends Main implements HasDynamicTitle {

    private final ProgrammeCalendarService calendarService;
    final ComboBox<CentreSummary> centre = new ComboBox<>();
    final Select<String> district = new Select<>();
    final Select<ActivityType> type = new Select<>();
    final Button previous = new Button();
    final Button next = new Button();
    final Span period = new Span();
    final CalendarBoard board = new CalendarBoard(true);
    private YearMonth month;

    MunicipalityCalendarView(ProgrammeCalendarService calendarService, CentreService centreService, Clock clock) {
        this.calendarService = calendarService;
        this.month = YearMonth.now(clock);
        addClassNames("view", "calendar-view");
        centre.setLabel(getTranslation("calendar.filter.centre"));
        centre.setItems(centreService.search(new CentreFilter(null, false), PageRequest.of(0, 500, Sort.by("name")))
                .getContent());
        centre.setItemLabelGenerator(CentreSummary::name);
        centre.setClearButtonVisible(true);
        district.setLabel(getTranslation("calendar.filter.district"));
        district.setItems(calendarService.districts());
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("calendar.filter.all"));
        type.setLabel(getTranslation("calendar.filter.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("calendar.filter.all") : ProgrammeLabels.type(this, t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("calendar.filter.all"));
        centre.addValueChangeListener(change -> refresh());
        district.addValueChangeListener(change -> refresh());
        type.addValueChangeListener(change -> refresh());
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setAriaLabel(getTranslation("calendar.previous"));
        previous.addClickListener(click -> {
            month = month.minusMonths(1);
            refresh();
        });
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setAriaLabel(getTranslation("calendar.next"));
        next.addClickListener(click -> {
            month = month.plusMonths(1);
            refresh();
        });
        period.addClassName("calendar-period");
        var filters = new HorizontalLayout(centre, district, type, previous, next, period);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.programme.calendar")), filters, board);
        refresh();
    }

    private void refresh() {
        LocalDate from = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
        period.setText(Formats.current().month(month));
        board.showMonth(month, calendarService.ofMunicipality(from, to,
                centre.getValue() == null ? null : centre.getValue().id(), district.getValue(), type.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programme.calendar");
    }
}
