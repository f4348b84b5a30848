package nl.ontmoet.programme.service;

import java.time.LocalDateTime;

/**
 * An occurrence of a new series that was not created: the centre is closed that day, or the room is taken
 * (then {@code detail} names the booking). The user may move it and add it again.
 */
public record Skipped(LocalDateTime startsAt, LocalDateTime endsAt, Reason reason, String detail) {

    public enum Reason { CLOSED, BOOKED }
}
