package nl.ontmoet.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.ontmoet.centre.domain.Room;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A weekly series: the rule its sessions were made from, kept so that the rest of it can be changed or ended. */
@Entity
@Table(name = "session_series")
public class SessionSeries extends RoomBooking {

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = 100)
    private String weekdays;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "ends_next_day", nullable = false)
    private boolean endsNextDay;

    protected SessionSeries() {
    }

    public SessionSeries(Activity activity, Room room, LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> days,
                         LocalTime startTime, LocalTime endTime, boolean endsNextDay) {
        super(activity, room);
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.weekdays = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.startTime = startTime;
        this.endTime = endTime;
        this.endsNextDay = endsNextDay;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void endAfter(LocalDate day) {
        this.lastDay = day;
    }

    public Set<DayOfWeek> getWeekdays() {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekdays.split(",")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public boolean isEndsNextDay() {
        return endsNextDay;
    }
}
