package nl.ontmoet.subsidy.domain;

/**
 * What a subsidy payment is: an advance (voorschot, Awb 4:95) or the payment of what the settlement leaves to pay,
 * both to the centre; or a repayment (terugvordering) of what was paid above the settled amount, from the centre.
 */
public enum PaymentKind {
    ADVANCE, FINAL, REPAYMENT;

    /** Whether money goes from the municipality to the centre (and is income in the centre's ledger). */
    public boolean toCentre() {
        return this != REPAYMENT;
    }
}
