package nl.ontmoet.coaching.domain;

/** A planned session may lie in the future; a held one may not. */
public enum SessionStatus {
    PLANNED, HELD
}
