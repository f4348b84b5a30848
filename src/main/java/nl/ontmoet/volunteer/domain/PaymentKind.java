package nl.ontmoet.volunteer.domain;

/**
 * What a payment is: an allowance of a fixed amount (for chosen hours or not in proportion to hours), an allowance
 * of chosen approved hours times a rate, or the reimbursement of actual costs with a receipt (onkostenvergoeding),
 * which is no allowance and counts towards no limit.
 */
public enum PaymentKind {
    FIXED, HOURLY, REIMBURSEMENT;

    public boolean isAllowance() {
        return this != REIMBURSEMENT;
    }
}
