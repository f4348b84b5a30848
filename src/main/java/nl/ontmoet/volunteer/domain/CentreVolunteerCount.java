package nl.ontmoet.volunteer.domain;

/** How many volunteers are active at a centre; no personal data. */
public record CentreVolunteerCount(long centreId, String centreName, long active) {
}
