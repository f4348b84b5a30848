package nl.ontmoet.subsidy.domain;

/** The part a person plays towards one application; decided by the service from roles and centre. */
public enum SubsidyActor {
    /** A coordinator of the application's centre. */
    CENTRE_COORDINATOR,
    /** A coordinator of another centre. */
    OTHER_COORDINATOR,
    /** A manager who did not write the application. */
    MANAGER,
    /** A manager who wrote (or submitted) the application: may never decide on it. */
    AUTHOR_MANAGER,
    COACH,
    ADMIN
}
