package nl.ontmoet.subsidy.domain;

/** What someone may try to do with an application. */
public enum SubsidyAction {
    EDIT, SUBMIT, GRANT, REJECT, REQUEST_CHANGES, REPORT, SETTLE
}
