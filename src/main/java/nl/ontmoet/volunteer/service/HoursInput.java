package nl.ontmoet.volunteer.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the coordinator enters: a day, an activity of the centre or a free task, and the hours. */
public record HoursInput(LocalDate workDate, Long activityId, String task, BigDecimal hours) {
}
