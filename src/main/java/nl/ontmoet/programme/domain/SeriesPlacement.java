package nl.ontmoet.programme.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one occurrence of a new series stands: free, on a closing day of the centre (with its reason), or
 * colliding with a booking already in the room. Closing days win, because a closed centre has no room at all.
 */
public record SeriesPlacement(Slot slot, String closedReason, ActivitySession conflict) {

    public boolean isFree() {
        return closedReason == null && conflict == null;
    }

    public static List<SeriesPlacement> place(List<Slot> occurrences, Map<LocalDate, String> closingDays,
                                              List<ActivitySession> booked) {
        return occurrences.stream().map(slot -> {
            String closed = closingDays.get(slot.start().toLocalDate());
            if (closed != null) {
                return new SeriesPlacement(slot, closed, null);
            }
            Optional<ActivitySession> conflict = booked.stream()
                    .filter(b -> !b.isCancelled() && slot.overlaps(b.getStartsAt(), b.getEndsAt()))
                    .findFirst();
            return new SeriesPlacement(slot, null, conflict.orElse(null));
        }).toList();
    }
}
