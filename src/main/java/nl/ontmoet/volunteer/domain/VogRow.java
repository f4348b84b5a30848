package nl.ontmoet.volunteer.domain;

import java.time.LocalDate;

/** A volunteer whose VOG is missing ({@code vogDate} null) or too old at one centre. */
public record VogRow(long volunteerId, String name, VolunteerStatus status, LocalDate vogDate) {
}
