package nl.ontmoet.volunteer.ui;

import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.volunteer.service.HoursInput;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the hours form edits before it becomes a {@link HoursInput}. */
public class HoursDraft {

    private LocalDate workDate;
    private Activity activity;
    private String task;
    private BigDecimal hours;

    HoursInput toInput() {
        return new HoursInput(workDate, activity == null ? null : activity.getId(), task, hours);
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public void setWorkDate(LocalDate workDate) {
        this.workDate = workDate;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}
