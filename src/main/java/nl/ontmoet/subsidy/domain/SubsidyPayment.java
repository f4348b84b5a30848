package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment line of a subsidy: due on a date, and paid (or, for a repayment, received) once, with a reference. */
@Entity
@Table(name = "subsidy_payment")
public class SubsidyPayment extends AbstractEntity {

    public static final int REFERENCE_LENGTH = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 20)
    private PaymentKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(columnDefinition = "TEXT")
    private String reason;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "ledger_entry_id")
    private Long ledgerEntryId;

    protected SubsidyPayment() {
    }

    public SubsidyPayment(SubsidyApplication application, PaymentKind kind, LocalDate dueOn, BigDecimal amount,
                          String reason) {
        this.application = application;
        this.kind = kind;
        this.dueOn = dueOn;
        this.amount = amount;
        this.reason = reason;
    }

    public void paid(LocalDate on, String reference, Long ledgerEntryId) {
        this.paidOn = on;
        this.reference = reference;
        this.ledgerEntryId = ledgerEntryId;
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReference() {
        return reference;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }
}
