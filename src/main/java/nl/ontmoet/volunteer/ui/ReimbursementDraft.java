package nl.ontmoet.volunteer.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the reimbursement form edits; the receipt travels beside it. */
public class ReimbursementDraft {

    private LocalDate paymentDate;
    private BigDecimal amount;
    private String description;

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
