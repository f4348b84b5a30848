package nl.ontmoet.programme.service;

import jakarta.validation.constraints.NotNull;
import nl.ontmoet.centre.domain.Room;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** What the user asks for: one session, or a weekly series when {@code weekly} is set. Edited by the form. */
public class SessionPlan {

    private Long activityId;
    @NotNull
    private Room room;
    @NotNull
    private LocalDate date;
    @NotNull
    private LocalTime startTime;
    @NotNull
    private LocalTime endTime;
    private boolean endsNextDay;
    private boolean weekly;
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    private LocalDate lastDay;

    public SessionPlan() {
    }

    public SessionPlan(Long activityId) {
        this.activityId = activityId;
    }

    public static SessionPlan single(long activityId, Room room, LocalDate date, LocalTime start, LocalTime end) {
        var plan = new SessionPlan(activityId);
        plan.room = room;
        plan.date = date;
        plan.startTime = start;
        plan.endTime = end;
        return plan;
    }

    public static SessionPlan weekly(long activityId, Room room, LocalDate first, LocalDate last,
                                     Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        var plan = single(activityId, room, first, start, end);
        plan.weekly = true;
        plan.lastDay = last;
        plan.weekdays = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        return plan;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
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

    public boolean isWeekly() {
        return weekly;
    }

    public void setWeekly(boolean weekly) {
        this.weekly = weekly;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(Set<DayOfWeek> weekdays) {
        this.weekdays = weekdays == null || weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(weekdays);
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
