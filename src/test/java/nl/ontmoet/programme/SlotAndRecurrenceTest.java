package nl.ontmoet.programme;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.programme.domain.Recurrence;
import nl.ontmoet.programme.domain.Slot;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotAndRecurrenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static Slot slot(int fromHour, int fromMinute, int toHour, int toMinute) {
        return Slot.of(DAY, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute), false);
    }

    /** The occurrences of a weekly series on one weekday, from {@code first} to {@code last}. */
    private static List<Slot> weekly(String first, String last, DayOfWeek day, String start, String end,
                                     boolean endsNextDay) {
        return new Recurrence(LocalDate.parse(first), LocalDate.parse(last), Set.of(day), LocalTime.parse(start),
                LocalTime.parse(end), endsNextDay).occurrences();
    }

    @Test
    void touching_intervals_do_not_overlap() {
        assertThat(slot(19, 0, 21, 0).overlaps(slot(21, 0, 22, 0))).isFalse();
        assertThat(slot(21, 0, 22, 0).overlaps(slot(19, 0, 21, 0))).isFalse();
    }

    @Test
    void intervals_sharing_a_minute_overlap_in_both_directions() {
        assertThat(slot(19, 0, 21, 0).overlaps(slot(20, 59, 22, 0))).isTrue();
        assertThat(slot(20, 59, 22, 0).overlaps(slot(19, 0, 21, 0))).isTrue();
        assertThat(slot(19, 0, 23, 0).overlaps(slot(20, 0, 21, 0))).isTrue();
        assertThat(slot(20, 0, 21, 0).overlaps(slot(19, 0, 23, 0))).isTrue();
        assertThat(slot(19, 0, 21, 0).overlaps(slot(19, 0, 21, 0))).isTrue();
    }

    @Test
    void the_end_must_lie_after_the_start() {
        assertThatThrownBy(() -> slot(19, 0, 19, 0)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("session.error.endNotAfterStart");
    }

    @Test
    void spanning_midnight_must_be_said() {
        assertThatThrownBy(() -> slot(22, 0, 1, 0)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("session.error.spansMidnight");
        var night = Slot.of(DAY, LocalTime.of(22, 0), LocalTime.of(1, 0), true);
        assertThat(night.end()).isEqualTo(DAY.plusDays(1).atTime(1, 0));
        assertThat(night.duration()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void a_session_lasts_at_most_24_hours() {
        assertThat(Slot.of(DAY, LocalTime.of(10, 0), LocalTime.of(10, 0), true).duration())
                .isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> Slot.of(DAY, LocalTime.of(10, 0), LocalTime.of(10, 15), true))
                .isInstanceOf(BusinessRuleException.class).hasMessage("session.error.tooLong");
    }

    @Test
    void a_weekly_series_keeps_its_clock_time_across_the_march_change() {
        // summer time starts on Sunday 29 March 2026 at 02:00
        var occurrences = weekly("2026-03-23", "2026-04-03", DayOfWeek.THURSDAY, "19:00", "21:00", false);
        assertThat(occurrences).extracting(Slot::start).containsExactly(
                LocalDateTime.of(2026, 3, 26, 19, 0), LocalDateTime.of(2026, 4, 2, 19, 0));
        assertThat(occurrences.get(0).start().atZone(Slot.ZONE).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(occurrences.get(1).start().atZone(Slot.ZONE).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(occurrences).allSatisfy(s -> assertThat(s.duration()).isEqualTo(Duration.ofHours(2)));
    }

    @Test
    void a_start_in_the_skipped_march_hour_moves_to_the_first_valid_time() {
        var occurrences = weekly("2026-03-22", "2026-03-29", DayOfWeek.SUNDAY, "02:30", "04:00", false);
        assertThat(occurrences.get(0).start()).isEqualTo(LocalDateTime.of(2026, 3, 22, 2, 30));
        assertThat(occurrences.get(1).start()).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        assertThat(occurrences.get(1).duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_night_session_over_the_october_change_lasts_an_hour_longer() {
        // winter time starts on Sunday 25 October 2026 at 03:00 (clocks go back to 02:00)
        var occurrences = weekly("2026-10-17", "2026-10-24", DayOfWeek.SATURDAY, "22:00", "04:00", true);
        assertThat(occurrences).extracting(Slot::start).containsExactly(
                LocalDateTime.of(2026, 10, 17, 22, 0), LocalDateTime.of(2026, 10, 24, 22, 0));
        assertThat(occurrences.get(0).duration()).isEqualTo(Duration.ofHours(6));
        assertThat(occurrences.get(1).duration()).isEqualTo(Duration.ofHours(7));
        assertThat(occurrences.get(1).end()).isEqualTo(LocalDateTime.of(2026, 10, 25, 4, 0));
    }

    @Test
    void a_23_hour_clock_span_over_the_october_change_is_24_real_hours_and_still_allowed() {
        var slot = Slot.of(LocalDate.of(2026, 10, 24), LocalTime.of(23, 0), LocalTime.of(22, 0), true);
        assertThat(slot.duration()).isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> Slot.of(LocalDate.of(2026, 10, 24), LocalTime.of(23, 0), LocalTime.of(22, 30), true))
                .hasMessage("session.error.tooLong");
    }

    @Test
    void a_series_runs_on_the_chosen_weekdays_between_both_dates_inclusive() {
        var occurrences = new Recurrence(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 0), LocalTime.of(10, 0), false)
                .occurrences();
        assertThat(occurrences).extracting(s -> s.start().toLocalDate()).containsExactly(
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 7));
    }

    @Test
    void a_series_needs_a_weekday_an_end_after_its_start_and_at_most_two_years() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime ten = LocalTime.of(10, 0);
        assertThatThrownBy(() -> new Recurrence(DAY, DAY.plusWeeks(1), Set.of(), nine, ten, false))
                .hasMessage("series.error.noWeekday");
        assertThatThrownBy(() -> new Recurrence(DAY, DAY.minusDays(1), Set.of(DayOfWeek.MONDAY), nine, ten, false))
                .hasMessage("series.error.endBeforeStart");
        assertThatThrownBy(() -> new Recurrence(DAY, DAY.plusYears(2).plusDays(1), Set.of(DayOfWeek.MONDAY), nine,
                ten, false)).hasMessage("series.error.tooLong");
        assertThat(new Recurrence(DAY, DAY.plusYears(2), Set.of(DayOfWeek.MONDAY), nine, ten, false).occurrences())
                .hasSizeBetween(104, 105);
    }
}
