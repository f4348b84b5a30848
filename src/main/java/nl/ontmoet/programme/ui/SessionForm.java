package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.service.SessionPlan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;

/** Plans one session or a weekly series; the rules are checked by the service, which the view calls on save. */
public class SessionForm extends FormLayout {

    final H3 title = new H3();
    final Select<Room> room = new Select<>();
    final DatePicker date = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final TimePicker endTime = new TimePicker();
    final Checkbox endsNextDay = new Checkbox();
    final Checkbox weekly = new Checkbox();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final DatePicker lastDay = new DatePicker();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<SessionPlan> binder = new BeanValidationBinder<>(SessionPlan.class);
    private SessionPlan plan;

    public SessionForm() {
        addClassNames("side-panel", "session-form");
        room.addClassName("session-room");
        date.setI18n(ProgrammeLabels.dateFormat());
        lastDay.setI18n(ProgrammeLabels.dateFormat());
        title.setText(getTranslation("session.plan"));
        room.setLabel(getTranslation("session.room"));
        room.setItemLabelGenerator(r -> getTranslation("session.roomLabel", r.getName(), r.getCapacity()));
        date.setLabel(getTranslation("session.date"));
        startTime.setLabel(getTranslation("session.startTime"));
        endTime.setLabel(getTranslation("session.endTime"));
        startTime.setStep(Duration.ofMinutes(15));
        endTime.setStep(Duration.ofMinutes(15));
        endsNextDay.setLabel(getTranslation("session.endsNextDay"));
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
        binder.bindInstanceFields(this);

        save.setText(getTranslation("session.planAction"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (plan != null && binder.writeBeanIfValid(plan)) {
                fireEvent(new SaveEvent(this, plan));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
        add(title, 2);
        add(room, 2);
        add(date, 2);
        add(startTime, endTime);
        add(endsNextDay, 2);
        add(weekly, 2);
        add(weekdays, 2);
        add(lastDay, 2);
        add(new HorizontalLayout(save, cancel), 2);
    }

    private void showSeriesFields(boolean series) {
        weekdays.setVisible(series);
        lastDay.setVisible(series);
        date.setLabel(getTranslation(series ? "series.firstDay" : "session.date"));
    }

    public void setRooms(List<Room> rooms) {
        room.setItems(rooms);
    }

    public void setPlan(SessionPlan plan) {
        this.plan = plan;
        if (plan != null) {
            binder.readBean(plan);
            showSeriesFields(plan.isWeekly());
        }
    }

    public BeanValidationBinder<SessionPlan> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<SessionForm, SessionPlan> {
        SaveEvent(SessionForm source, SessionPlan plan) {
            super(source, plan);
        }
    }

    public static class CancelEvent extends FormEvent<SessionForm, SessionPlan> {
        CancelEvent(SessionForm source) {
            super(source, null);
        }
    }
}
