package nl.ontmoet.volunteer.service;

import nl.ontmoet.volunteer.domain.PaymentKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposed allowance: a fixed amount, or chosen approved hours times a rate. {@code hoursIds} names the approved,
 * unpaid hours entries it pays: for a per-hour payment none means all unpaid approved hours up to the payment date;
 * for a fixed amount none means an amount not in proportion to hours. An admin may add a reason to pay over a limit.
 */
public record PaymentInput(LocalDate paymentDate, PaymentKind kind, BigDecimal amount, BigDecimal rate,
                           List<Long> hoursIds, String overrideReason) {

    public PaymentInput {
        hoursIds = hoursIds == null ? List.of() : List.copyOf(hoursIds);
    }

    public PaymentInput(LocalDate paymentDate, PaymentKind kind, BigDecimal amount, BigDecimal rate,
                        String overrideReason) {
        this(paymentDate, kind, amount, rate, List.of(), overrideReason);
    }
}
