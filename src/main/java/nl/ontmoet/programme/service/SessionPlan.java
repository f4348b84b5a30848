package nl.ontmoet.programme.service;

import nl.ontmoet.centre.domain.Room;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** What the user asks for: one session, or a weekly series when {@code weekly} is set. Edited by the form. */
public class SessionPlan extends SessionTimes {

    private Long activityId;
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
        plan.setTimes(room, date, start, end, false);
        return plan;
    }

    public static SessionPlan weekly(long activityId, Room room, LocalDate first, LocalDate last,
                                     Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        var plan = single(activityId, room, first, start, end);
        plan.weekly = true;
        plan.lastDay = last;
        plan.setWeekdays(days);
        return plan;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
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
