package nl.ontmoet.volunteer.ui;

import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.service.PaymentInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the payment form edits before it becomes a {@link PaymentInput}. */
public class PaymentDraft {

    private LocalDate paymentDate;
    private PaymentKind kind = PaymentKind.FIXED;
    private BigDecimal amount;
    private BigDecimal rate;
    private String overrideReason;

    PaymentInput toInput(List<Long> hoursIds) {
        return new PaymentInput(paymentDate, kind, kind == PaymentKind.FIXED ? amount : null,
                kind == PaymentKind.HOURLY ? rate : null, hoursIds, overrideReason);
    }

    boolean overriding() {
        return overrideReason != null && !overrideReason.isBlank();
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public void setKind(PaymentKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
