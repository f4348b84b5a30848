package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.subsidy.domain.PaymentKind;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyPayment;
import nl.ontmoet.subsidy.domain.SubsidyPaymentRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment lines a decision produces, inside the deciding transaction: the scheme's advance on grant, the whole
 * amount of a grant settled at once, and on settlement what is left to pay after the payments made.
 */
@Component
@RequiredArgsConstructor
class PaymentSchedule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SubsidyPaymentRepository payments;

    /**
     * The advance is the scheme's percentage of the grant, cut down to the cent (never rounded up, so advances never
     * exceed the grant), due on the day of the decision.
     */
    void onGrant(SubsidyApplication application, LocalDate today) {
        if (application.getStatus() == SubsidyStatus.SETTLED) {
            payments.save(new SubsidyPayment(application, PaymentKind.FINAL, today, application.getFinalAmount(),
                    null));
            return;
        }
        BigDecimal advance = advanceOf(application.getGrantedAmount(),
                application.getScheme().getAdvancePercentage());
        if (advance.signum() > 0) {
            payments.save(new SubsidyPayment(application, PaymentKind.ADVANCE, today, advance, null));
        }
    }

    static BigDecimal advanceOf(BigDecimal granted, int percentage) {
        return granted.multiply(BigDecimal.valueOf(percentage)).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    /**
     * Advances not paid by the settlement lapse; the settled amount less what was paid becomes one payment due
     * today when positive. Returns that balance: negative when more was paid than settled (to be recovered).
     */
    BigDecimal onSettlement(SubsidyApplication application, LocalDate today) {
        var lines = payments.findByApplicationIdOrderByDueOnAscIdAsc(application.getId());
        lines.stream().filter(p -> !p.isPaid() && p.getKind() == PaymentKind.ADVANCE).forEach(payments::delete);
        BigDecimal balance = application.getFinalAmount().subtract(paidToCentre(lines));
        if (balance.signum() > 0) {
            payments.save(new SubsidyPayment(application, PaymentKind.FINAL, today, balance, null));
        }
        payments.flush();
        return balance;
    }

    /** What the centre has received. */
    static BigDecimal paidToCentre(List<SubsidyPayment> lines) {
        return sum(lines.stream().filter(p -> p.getKind().toCentre() && p.isPaid()).toList());
    }

    /** What the centre has been or will be paid, paid or not. */
    static BigDecimal scheduledToCentre(List<SubsidyPayment> lines) {
        return sum(lines.stream().filter(p -> p.getKind().toCentre()).toList());
    }

    /** The repayments decided, received or not. */
    static BigDecimal recovered(List<SubsidyPayment> lines) {
        return sum(lines.stream().filter(p -> p.getKind() == PaymentKind.REPAYMENT).toList());
    }

    private static BigDecimal sum(List<SubsidyPayment> lines) {
        return lines.stream().map(SubsidyPayment::getAmount).reduce(Amounts.ZERO, BigDecimal::add);
    }
}
