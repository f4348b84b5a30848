package nl.ontmoet.programme.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.service.SessionTimes;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The fields for where and when a session takes place, shared by the planning form and the session editor. */
abstract class SessionTimesForm<T extends SessionTimes> extends BeanForm<T> {

    final Select<Room> room = new Select<>();
    final DatePicker date = new DateField();
    final TimePicker startTime = new TimePicker();
    final TimePicker endTime = new TimePicker();
    final Checkbox endsNextDay = new Checkbox();

    SessionTimesForm(Class<T> type, String titleKey) {
        super(type, titleKey, titleKey);
        addClassName("side-panel");
        room.setLabel(getTranslation("session.room"));
        room.setItemLabelGenerator(r -> getTranslation("session.roomLabel", r.getName(), r.getCapacity()));
        date.setLabel(getTranslation("session.date"));
        startTime.setLabel(getTranslation("session.startTime"));
        endTime.setLabel(getTranslation("session.endTime"));
        startTime.setStep(Duration.ofMinutes(15));
        endTime.setStep(Duration.ofMinutes(15));
        endsNextDay.setLabel(getTranslation("session.endsNextDay"));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
    }

    @Override
    protected boolean canDelete(T bean) {
        return false;
    }

    /** Lays out the fields one to a row, but for the pairs (start and end time, for instance) that share one. */
    protected void layoutInRows(Set<Component> paired, Component... fields) {
        layout(fields);
        getChildren().filter(child -> !paired.contains(child)).forEach(child -> setColspan(child, 2));
    }

    void setRooms(List<Room> rooms) {
        room.setItems(rooms);
    }
}
