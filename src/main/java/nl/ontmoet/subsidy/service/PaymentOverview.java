package nl.ontmoet.subsidy.service;

import nl.ontmoet.subsidy.domain.SubsidyPayment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payment lines of an application with what the centre has received; after settlement the balance (settled
 * less paid: positive is still to be paid to the centre, negative to be recovered from it) and how much of that
 * may still be recovered by a repayment decision. {@code manageable}: the current user may mark lines paid and
 * decide a repayment.
 */
public record PaymentOverview(List<SubsidyPayment> lines, BigDecimal paid, BigDecimal balance,
                              BigDecimal recoverable, boolean manageable) {

    public boolean recoverableNow() {
        return manageable && recoverable != null && recoverable.signum() > 0;
    }
}
