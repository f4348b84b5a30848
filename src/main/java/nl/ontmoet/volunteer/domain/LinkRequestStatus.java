package nl.ontmoet.volunteer.domain;

/** A request of another centre to engage a person already registered elsewhere. */
public enum LinkRequestStatus {
    PENDING, CONFIRMED, REFUSED
}
