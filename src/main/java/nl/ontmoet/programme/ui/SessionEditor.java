package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.programme.domain.ActivitySession;

import java.util.Set;

/**
 * One session: move it, cancel it with a reason, record who came, or change or end the rest of its series. The view
 * runs the actions; this only holds the fields, so the user's input stays when a rule refuses it. Its Cancel closes it.
 */
public class SessionEditor extends SessionTimesForm<SessionEdit> {

    final Paragraph status = new Paragraph();
    final Button move = new Button();
    final Button changeRest = new Button();
    final TextField reason = new TextField();
    final Button cancelSession = new Button();
    final IntegerField visitors = new IntegerField();
    final IntegerField newVisitors = new IntegerField();
    final Button saveAttendance = new Button();
    final Button endSeries = new Button();
    private ActivitySession session;

    public SessionEditor() {
        super(SessionEdit.class, "session.closeEditor");
        addClassName("session-editor");
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
        save.setVisible(false);
        cancel.setText(getTranslation("session.closeEditor"));
        layoutInRows(Set.of(startTime, endTime, visitors, newVisitors), status,
                new H4(getTranslation("session.moveHeading")), date, startTime, endTime, endsNextDay, room,
                new HorizontalLayout(move, changeRest),
                new H4(getTranslation("attendance.heading")), visitors, newVisitors, saveAttendance,
                new H4(getTranslation("session.cancelHeading")), reason, new HorizontalLayout(cancelSession, endSeries));
    }

    void setSession(ActivitySession session) {
        this.session = session;
        edit(SessionEdit.of(session));
    }

    @Override
    protected void onEdit(SessionEdit edit) {
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
        return binder.writeBeanIfValid(getBean()) ? getBean() : null;
    }
}
