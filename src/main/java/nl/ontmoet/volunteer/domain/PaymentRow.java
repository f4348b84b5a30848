package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One allowance in a volunteer's list at a centre. */
public record PaymentRow(long id, LocalDate paymentDate, PaymentKind kind, BigDecimal hours, BigDecimal rate,
                         BigDecimal amount, String overrideReason, String overrideBy) {

    public boolean overLimit() {
        return overrideReason != null;
    }
}
