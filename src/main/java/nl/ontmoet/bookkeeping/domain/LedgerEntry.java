package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A boeking: one amount of income or expense of a centre on a date, in a category. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends AbstractEntity {

    public static final int DESCRIPTION_LENGTH = 200;
    public static final int COUNTERPARTY_LENGTH = 100;
    public static final int REFERENCE_LENGTH = 50;
    public static final int BANK_REFERENCE_LENGTH = 35;
    public static final int IBAN_LENGTH = 34;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @NotNull
    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @NotNull
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Size(max = COUNTERPARTY_LENGTH)
    @Column(length = COUNTERPARTY_LENGTH)
    private String counterparty;

    @Size(max = REFERENCE_LENGTH)
    @Column(length = REFERENCE_LENGTH)
    private String reference;

    /** The granted subsidy this entry is accounted for under, at most one (accountability per project). */
    @Column(name = "subsidy_application_id")
    private Long subsidyApplicationId;

    /** The bank account or cash box paid from or into; the centre's default account when booked without one. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private LedgerAccount account;

    /** The entry this one corrects (a storno), if it is a correction; only then may the amount be negative. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_entry_id", updatable = false)
    private LedgerEntry corrects;

    /** The bank's reference of the statement transaction this entry was imported from or matched to. */
    @Size(max = BANK_REFERENCE_LENGTH)
    @Column(name = "bank_reference", length = BANK_REFERENCE_LENGTH)
    private String bankReference;

    @Size(max = IBAN_LENGTH)
    @Column(name = "counterparty_iban", length = IBAN_LENGTH)
    private String counterpartyIban;

    /** Identifies the bank transaction within its account (unique there), so a statement read twice adds nothing. */
    @Column(length = 64)
    private String fingerprint;

    protected LedgerEntry() {
    }

    public LedgerEntry(Centre centre) {
        this.centre = centre;
    }

    public Centre getCentre() {
        return centre;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = trimToNull(description);
    }

    public String getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(String counterparty) {
        this.counterparty = trimToNull(counterparty);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = trimToNull(reference);
    }

    public LedgerAccount getAccount() {
        return account;
    }

    public void setAccount(LedgerAccount account) {
        this.account = account;
    }

    public LedgerEntry getCorrects() {
        return corrects;
    }

    public void setCorrects(LedgerEntry corrects) {
        this.corrects = corrects;
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getSubsidyApplicationId() {
        return subsidyApplicationId;
    }

    public void setSubsidyApplicationId(Long subsidyApplicationId) {
        this.subsidyApplicationId = subsidyApplicationId;
    }

    public String getBankReference() {
        return bankReference;
    }

    public String getCounterpartyIban() {
        return counterpartyIban;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    /** Marks the entry as the booking of a bank transaction (imported, or typed by hand and matched). */
    public void recordBankTransaction(String bankReference, String counterpartyIban, String fingerprint) {
        this.bankReference = trimToNull(bankReference);
        if (this.counterpartyIban == null) {
            this.counterpartyIban = trimToNull(counterpartyIban);
        }
        this.fingerprint = fingerprint;
    }
}
