package nl.ontmoet.coaching.domain;

/** How a coaching session took place; GROUP is intervision with several coordinators. */
public enum SessionForm {
    IN_PERSON, PHONE, VIDEO, GROUP
}
