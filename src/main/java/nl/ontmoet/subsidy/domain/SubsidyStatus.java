package nl.ontmoet.subsidy.domain;

/**
 * Where an application stands: DRAFT → SUBMITTED → (CHANGES_REQUESTED → SUBMITTED)* → GRANTED | REJECTED, then
 * GRANTED → REPORTED (verantwoording) → SETTLED (vastgesteld). A grant below the scheme's report threshold goes
 * straight to SETTLED ("verleend én vastgesteld").
 */
public enum SubsidyStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, GRANTED, REJECTED, REPORTED, SETTLED;

    /** Statuses whose granted amount counts under the scheme's ceiling and as expected income. */
    public boolean isGranted() {
        return this == GRANTED || this == REPORTED || this == SETTLED;
    }
}
