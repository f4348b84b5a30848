package nl.ontmoet.volunteer.domain;

import java.time.LocalDate;

/** One line of a centre's volunteer register. */
public record VolunteerRow(long volunteerId, String name, VolunteerStatus status, LocalDate startDate, String tasks) {
}
