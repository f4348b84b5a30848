package nl.ontmoet.volunteer.domain;

import java.time.LocalTime;

/** Morning, afternoon or evening; a session belongs to the part in which it starts. */
public enum DayPart {
    MORNING, AFTERNOON, EVENING;

    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime EVENING_STARTS = LocalTime.of(18, 0);

    public static DayPart of(LocalTime time) {
        if (time.isBefore(NOON)) {
            return MORNING;
        }
        return time.isBefore(EVENING_STARTS) ? AFTERNOON : EVENING;
    }
}
