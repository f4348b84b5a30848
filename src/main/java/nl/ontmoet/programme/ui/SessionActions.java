package nl.ontmoet.programme.ui;

import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.service.AttendanceService;
import nl.ontmoet.programme.service.SessionChangeService;
import nl.ontmoet.programme.service.Skipped;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/** What the session editor's buttons do: move, cancel, record attendance, change or end the rest of the series. */
class SessionActions {

    private final SessionEditor editor;
    private final SessionChangeService changes;
    private final AttendanceService attendance;
    private final FormErrors formErrors;
    private final Runnable done;
    private final BiConsumer<Room, List<Skipped>> skipped;

    SessionActions(SessionEditor editor, SessionChangeService changes, AttendanceService attendance,
                   FormErrors formErrors, Runnable done, BiConsumer<Room, List<Skipped>> skipped) {
        this.editor = editor;
        this.changes = changes;
        this.attendance = attendance;
        this.formErrors = formErrors;
        this.done = done;
        this.skipped = skipped;
        editor.move.addClickListener(click -> move());
        editor.cancelSession.addClickListener(click -> cancel());
        editor.saveAttendance.addClickListener(click -> saveAttendance());
        editor.endSeries.addClickListener(click -> confirmEndSeries());
        editor.changeRest.addClickListener(click -> changeRest());
        editor.addCancelListener(cancel -> done.run());
    }

    private void move() {
        var values = editor.values();
        if (values == null || values.getRoom() == null) {
            return;
        }
        var session = editor.getSession();
        succeed(() -> changes.move(session.getId(), session.getVersion(), values.getDate(), values.getStartTime(),
                values.getEndTime(), values.isEndsNextDay(), values.getRoom().getId()), "session.moved");
    }

    private void cancel() {
        var values = editor.values();
        if (values == null) {
            return;
        }
        var session = editor.getSession();
        succeed(() -> changes.cancel(session.getId(), session.getVersion(), values.getReason()), "session.cancelled");
    }

    private void saveAttendance() {
        var values = editor.values();
        if (values == null) {
            return;
        }
        var session = editor.getSession();
        succeed(() -> attendance.recordAttendance(session.getId(), session.getVersion(), values.getVisitors(),
                values.getNewVisitors()), "attendance.saved");
    }

    /** The time and room in the editor become those of this session and every later one of its series. */
    private void changeRest() {
        var values = editor.values();
        if (values == null || values.getRoom() == null) {
            return;
        }
        var session = editor.getSession();
        formErrors.attemptGet(editor.getBinder(), () -> changes.changeRest(session.getSeries().getId(),
                session.getStartsAt().toLocalDate(), values.getStartTime(), values.getEndTime(),
                values.isEndsNextDay(), values.getRoom())).ifPresent(result -> {
                    Notifications.success(editor.getTranslation("series.changed", result.created()));
                    done.run();
                    skipped.accept(values.getRoom(), result.skipped());
                });
    }

    private void confirmEndSeries() {
        var session = editor.getSession();
        LocalDate from = session.getStartsAt().toLocalDate();
        Dialogs.confirmDanger(editor.getTranslation("series.end.title"),
                editor.getTranslation("series.end.text", Formats.current().dayLabel(from)),
                editor.getTranslation("series.endFromHere"), () ->
                        formErrors.attemptGet(editor.getBinder(),
                                () -> changes.endSeries(session.getSeries().getId(), from)).ifPresent(removed -> {
                                    Notifications.success(editor.getTranslation("series.ended", removed));
                                    done.run();
                                }));
    }

    private void succeed(Runnable action, String successKey) {
        if (formErrors.attempt(editor.getBinder(), action)) {
            Notifications.success(editor.getTranslation(successKey));
            done.run();
        }
    }
}
