package nl.ontmoet.programme.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.ontmoet.programme.service.SessionPlan;

import java.time.DayOfWeek;
import java.util.Set;

/** Plans one session or a weekly series; the rules are checked by the service, which the view calls on save. */
public class SessionForm extends SessionTimesForm<SessionPlan> {

    final Checkbox weekly = new Checkbox();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final DatePicker lastDay = new DateField();

    public SessionForm() {
        super(SessionPlan.class, "session.plan");
        addClassName("session-form");
        room.addClassName("session-room");
        weekly.setLabel(getTranslation("session.weekly"));
        weekdays.setLabel(getTranslation("series.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> ProgrammeLabels.weekday(this, d));
        lastDay.setLabel(getTranslation("series.lastDay"));
        weekly.addValueChangeListener(change -> showSeriesFields(change.getValue()));
        showSeriesFields(false);

        binder.forField(room).asRequired(getTranslation("session.error.roomRequired")).bind("room");
        binder.forField(date).asRequired(getTranslation("session.error.dateRequired")).bind("date");
        binder.forField(startTime).asRequired(getTranslation("session.error.timeRequired")).bind("startTime");
        binder.forField(endTime).asRequired(getTranslation("session.error.timeRequired")).bind("endTime");
        save.setText(getTranslation("session.planAction"));
        layoutInRows(Set.of(startTime, endTime), room, date, startTime, endTime, endsNextDay, weekly, weekdays,
                lastDay);
    }

    @Override
    protected void onEdit(SessionPlan plan) {
        showSeriesFields(plan.isWeekly());
    }

    private void showSeriesFields(boolean series) {
        weekdays.setVisible(series);
        lastDay.setVisible(series);
        date.setLabel(getTranslation(series ? "series.firstDay" : "session.date"));
    }
}
