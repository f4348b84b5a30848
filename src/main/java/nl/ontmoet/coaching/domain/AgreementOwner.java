package nl.ontmoet.coaching.domain;

/** Who carries out an agreement. */
public enum AgreementOwner {
    COACH, COORDINATOR
}
