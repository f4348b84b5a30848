package nl.ontmoet.programme.ui;

import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.domain.ActivitySession;

import java.time.LocalDate;
import java.time.LocalTime;

/** The values of the session editor: where and when to move it, why it is cancelled, who came. */
public class SessionEdit {

    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private boolean endsNextDay;
    private Room room;
    private String reason;
    private Integer visitors;
    private Integer newVisitors;

    public SessionEdit() {
    }

    static SessionEdit of(ActivitySession session) {
        var edit = new SessionEdit();
        edit.date = session.getStartsAt().toLocalDate();
        edit.startTime = session.getStartsAt().toLocalTime();
        edit.endTime = session.getEndsAt().toLocalTime();
        edit.endsNextDay = !session.getEndsAt().toLocalDate().equals(edit.date);
        edit.room = session.getRoom();
        edit.reason = session.getCancelReason();
        edit.visitors = session.getVisitors();
        edit.newVisitors = session.getNewVisitors();
        return edit;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public boolean isEndsNextDay() {
        return endsNextDay;
    }

    public void setEndsNextDay(boolean endsNextDay) {
        this.endsNextDay = endsNextDay;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
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
