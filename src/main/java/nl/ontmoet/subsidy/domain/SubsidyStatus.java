package nl.ontmoet.subsidy.domain;

/** Where an application stands: DRAFT → SUBMITTED → (CHANGES_REQUESTED → SUBMITTED)* → GRANTED | REJECTED. */
public enum SubsidyStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, GRANTED, REJECTED
}
