package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.ontmoet.centre.domain.Centre;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An allowance (or a reimbursement of costs) a centre paid a volunteer, booked as an expense in the centre's ledger. The ledger entry is kept
 * by id: the volunteer feature books through the bookkeeping service, never through its entities.
 */
@Entity
@Table(name = "volunteer_payment")
public class AllowancePayment extends VolunteerRecord {

    public static final int REASON_LENGTH = 500;
    public static final int DESCRIPTION_LENGTH = 150;

    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PaymentKind kind;

    @Column(precision = 8, scale = 2)
    private BigDecimal hours;

    @Column(precision = 12, scale = 2)
    private BigDecimal rate;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "ledger_entry_id", nullable = false)
    private Long ledgerEntryId;

    @Column(name = "override_reason", length = REASON_LENGTH)
    private String overrideReason;

    @Column(name = "override_by", length = 100)
    private String overrideBy;

    /** What a reimbursement is for (a receipt's costs); null for an allowance. */
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    protected AllowancePayment() {
    }

    public AllowancePayment(Volunteer volunteer, Centre centre, LocalDate paymentDate, PaymentKind kind,
                            BigDecimal hours, BigDecimal rate, BigDecimal amount) {
        super(volunteer, centre);
        this.paymentDate = paymentDate;
        this.kind = kind;
        this.hours = hours;
        this.rate = rate;
        this.amount = amount;
    }

    public void describe(String description) {
        this.description = description;
    }

    public String getDescription() {
        return description;
    }

    public void bookedAs(long ledgerEntryId) {
        this.ledgerEntryId = ledgerEntryId;
    }

    public void overrideLimit(String reason, String by) {
        this.overrideReason = reason;
        this.overrideBy = by;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }
}
