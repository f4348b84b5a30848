package nl.ontmoet.programme.ui;

import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.service.SessionTimes;

/** The values of the session editor: where and when to move it, why it is cancelled, who came. */
public class SessionEdit extends SessionTimes {

    private String reason;
    private Integer visitors;
    private Integer newVisitors;

    static SessionEdit of(ActivitySession session) {
        var edit = new SessionEdit();
        var day = session.getStartsAt().toLocalDate();
        edit.setTimes(session.getRoom(), day, session.getStartsAt().toLocalTime(), session.getEndsAt().toLocalTime(),
                !session.getEndsAt().toLocalDate().equals(day));
        edit.reason = session.getCancelReason();
        edit.visitors = session.getVisitors();
        edit.newVisitors = session.getNewVisitors();
        return edit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getVisitors() {
        return visitors;
    }

    public void setVisitors(Integer visitors) {
        this.visitors = visitors;
    }

    public Integer getNewVisitors() {
        return newVisitors;
    }

    public void setNewVisitors(Integer newVisitors) {
        this.newVisitors = newVisitors;
    }
}
