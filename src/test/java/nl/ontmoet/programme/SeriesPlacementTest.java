package nl.ontmoet.programme;

import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.Recurrence;
import nl.ontmoet.programme.domain.SeriesPlacement;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesPlacementTest {

    private final Centre centre = new Centre("Test", "Wijk", "Straat 1");
    private final Room room = new Room(centre, "Zaal", 40);
    private final Activity other = new Activity(centre, "Koor", ActivityType.OVERIG);

    @Test
    void closing_days_and_bookings_are_skipped_and_touching_bookings_are_not() {
        var occurrences = new Recurrence(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                Set.of(DayOfWeek.FRIDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), false).occurrences();
        var booked = List.of(
                new ActivitySession(other, room, null, LocalDate.of(2026, 12, 11).atTime(20, 0),
                        LocalDate.of(2026, 12, 11).atTime(22, 0)),
                new ActivitySession(other, room, null, LocalDate.of(2026, 12, 18).atTime(21, 0),
                        LocalDate.of(2026, 12, 18).atTime(22, 0)));
        var placements = SeriesPlacement.place(occurrences, Map.of(LocalDate.of(2026, 12, 25), "Eerste kerstdag"),
                booked);

        assertThat(placements).extracting(p -> p.slot().start().toLocalDate()).containsExactly(
                LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 18),
                LocalDate.of(2026, 12, 25));
        assertThat(placements.get(0).isFree()).isTrue();
        assertThat(placements.get(1).conflict()).isSameAs(booked.get(0));
        assertThat(placements.get(2).isFree()).as("touching 21:00 is fine").isTrue();
        assertThat(placements.get(3).closedReason()).isEqualTo("Eerste kerstdag");
    }

    @Test
    void a_cancelled_booking_no_longer_holds_the_room() {
        var occurrences = new Recurrence(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4),
                Set.of(DayOfWeek.FRIDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), false).occurrences();
        var cancelled = new ActivitySession(other, room, null, LocalDate.of(2026, 12, 4).atTime(19, 0),
                LocalDate.of(2026, 12, 4).atTime(21, 0));
        cancelled.cancel("Ziek", java.time.Instant.EPOCH);
        assertThat(SeriesPlacement.place(occurrences, Map.of(), List.of(cancelled)).getFirst().isFree()).isTrue();
    }

    @Test
    void an_occurrence_on_a_closing_day_or_against_a_booking_is_not_free() {
        var occurrences = new Recurrence(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11),
                Set.of(DayOfWeek.FRIDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), false).occurrences();
        var booked = new ActivitySession(other, room, null, LocalDate.of(2026, 12, 11).atTime(20, 0),
                LocalDate.of(2026, 12, 11).atTime(22, 0));
        var placements = SeriesPlacement.place(occurrences, Map.of(LocalDate.of(2026, 12, 4), "Studiedag"),
                List.of(booked));
        assertThat(placements).extracting(SeriesPlacement::isFree).containsExactly(false, false);
    }
}
