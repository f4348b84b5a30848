package nl.ontmoet.programme.domain;

import nl.ontmoet.base.domain.BusinessRuleException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A weekly pattern: on the chosen weekdays between two dates (both included), at the same wall-clock time.
 * Times stay on the clock across daylight saving changes: a 19:00 course is at 19:00 in winter and summer.
 */
public record Recurrence(LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays, LocalTime startTime,
                         LocalTime endTime, boolean endsNextDay) {

    public static final int MAX_YEARS = 2;

    public Recurrence {
        if (weekdays == null || weekdays.isEmpty()) {
            throw BusinessRuleException.onField("weekdays", "series.error.noWeekday");
        }
        if (firstDay == null || lastDay == null) {
            throw BusinessRuleException.onField("lastDay", "series.error.noLastDay");
        }
        if (lastDay.isBefore(firstDay)) {
            throw BusinessRuleException.onField("lastDay", "series.error.endBeforeStart");
        }
        if (lastDay.isAfter(firstDay.plusYears(MAX_YEARS))) {
            throw BusinessRuleException.onField("lastDay", "series.error.tooLong", MAX_YEARS);
        }
        weekdays = Set.copyOf(weekdays);
    }

    /** Every occurrence, in order; each one is checked like a single session. */
    public List<Slot> occurrences() {
        var slots = new ArrayList<Slot>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek())) {
                slots.add(Slot.of(day, startTime, endTime, endsNextDay));
            }
        }
        return slots;
    }
}
