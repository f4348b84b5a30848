package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.domain.ActivitySession;

import java.time.Duration;
import java.util.List;

/**
 * One session: move it, cancel it with a reason, record who came, or change or end the rest of its series. The view
 * runs the actions; this only holds the fields, so the user's input stays when a rule refuses it.
 */
public class SessionEditor extends FormLayout {

    final H3 title = new H3();
    final Paragraph status = new Paragraph();
    final DatePicker date = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final TimePicker endTime = new TimePicker();
    final Checkbox endsNextDay = new Checkbox();
    final Select<Room> room = new Select<>();
    final Button move = new Button();
    final Button changeRest = new Button();
    final TextField reason = new TextField();
    final Button cancelSession = new Button();
    final IntegerField visitors = new IntegerField();
    final IntegerField newVisitors = new IntegerField();
    final Button saveAttendance = new Button();
    final Button endSeries = new Button();
    final Button close = new Button();

    private final Binder<SessionEdit> binder = new Binder<>(SessionEdit.class);
    private ActivitySession session;

    public SessionEditor() {
        addClassNames("side-panel", "session-editor");
        date.setI18n(ProgrammeLabels.dateFormat());
        date.setLabel(getTranslation("session.date"));
        startTime.setLabel(getTranslation("session.startTime"));
        endTime.setLabel(getTranslation("session.endTime"));
        startTime.setStep(Duration.ofMinutes(15));
        endTime.setStep(Duration.ofMinutes(15));
        endsNextDay.setLabel(getTranslation("session.endsNextDay"));
        room.setLabel(getTranslation("session.room"));
        room.setItemLabelGenerator(r -> getTranslation("session.roomLabel", r.getName(), r.getCapacity()));
        move.setText(getTranslation("session.move"));
        changeRest.setText(getTranslation("series.changeRest"));
        changeRest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changeRest.setTooltipText(getTranslation("series.changeRest.help"));
        reason.setLabel(getTranslation("session.cancelReason"));
        reason.setMaxLength(ActivitySession.REASON_LENGTH);
        cancelSession.setText(getTranslation("session.cancel"));
        cancelSession.addThemeVariants(ButtonVariant.LUMO_ERROR);
        visitors.setLabel(getTranslation("attendance.visitors"));
        newVisitors.setLabel(getTranslation("attendance.newVisitors"));
        newVisitors.setHelperText(getTranslation("attendance.newVisitors.help"));
        saveAttendance.setText(getTranslation("attendance.save"));
        saveAttendance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        endSeries.setText(getTranslation("series.endFromHere"));
        endSeries.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.setText(getTranslation("session.closeEditor"));
        binder.bindInstanceFields(this);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
        add(title, 2);
        add(status, 2);
        add(new H4(getTranslation("session.moveHeading")), 2);
        add(date, 2);
        add(startTime, endTime);
        add(endsNextDay, 2);
        add(room, 2);
        add(new HorizontalLayout(move, changeRest), 2);
        add(new H4(getTranslation("attendance.heading")), 2);
        add(visitors, newVisitors);
        add(saveAttendance, 2);
        add(new H4(getTranslation("session.cancelHeading")), 2);
        add(reason, 2);
        add(new HorizontalLayout(cancelSession, endSeries), 2);
        add(close, 2);
    }

    void setRooms(List<Room> rooms) {
        room.setItems(rooms);
    }

    void setSession(ActivitySession session) {
        this.session = session;
        binder.readBean(SessionEdit.of(session));
        title.setText(ProgrammeLabels.span(session.getStartsAt(), session.getEndsAt()));
        status.setText(session.isCancelled()
                ? getTranslation("session.cancelledBecause", session.getCancelReason())
                : getTranslation(session.getSeries() == null ? "session.single" : "session.partOfSeries"));
        endSeries.setVisible(session.getSeries() != null);
        cancelSession.setEnabled(!session.isCancelled());
        move.setEnabled(!session.isCancelled());
        changeRest.setVisible(session.getSeries() != null);
    }

    ActivitySession getSession() {
        return session;
    }

    /** The values as the user typed them, or null when a field cannot be read. */
    SessionEdit values() {
        var edit = new SessionEdit();
        return binder.writeBeanIfValid(edit) ? edit : null;
    }

    Binder<SessionEdit> getBinder() {
        return binder;
    }
}
