package nl.ontmoet.programme.domain;

/** Who organises an activity; the label key is {@code activity.organiser.<NAME>}. */
public enum OrganiserKind {
    CENTRE,
    VOLUNTEER,
    RESIDENT_INITIATIVE,
    PARTNER
}
