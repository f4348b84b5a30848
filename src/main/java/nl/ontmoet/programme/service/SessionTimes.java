package nl.ontmoet.programme.service;

import nl.ontmoet.centre.domain.Room;

import java.time.LocalDate;
import java.time.LocalTime;

/** Where and when a session takes place, as a form edits it: the part planning and moving have in common. */
public class SessionTimes {

    private Room room;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private boolean endsNextDay;

    /** Sets all times at once; an end on the next day follows from the dates of start and end. */
    protected void setTimes(Room room, LocalDate date, LocalTime startTime, LocalTime endTime, boolean endsNextDay) {
        this.room = room;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.endsNextDay = endsNextDay;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
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
}
