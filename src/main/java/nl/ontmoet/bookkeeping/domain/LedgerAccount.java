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

/**
 * A bank account or cash box of a centre. Every ledger entry is paid from or into one account; the first account
 * of a centre (lowest id) is its default, used for entries booked by other features.
 */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount extends AbstractEntity {

    public static final int NAME_LENGTH = 100;
    public static final int IBAN_LENGTH = 34;
    public static final String DEFAULT_NAME = "Bankrekening";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10, updatable = false)
    private AccountKind kind;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = IBAN_LENGTH)
    @Column(length = IBAN_LENGTH)
    private String iban;

    @Column(nullable = false)
    private boolean active = true;

    protected LedgerAccount() {
    }

    public LedgerAccount(Centre centre, AccountKind kind, String name, String iban) {
        this.centre = centre;
        this.kind = kind;
        this.name = name;
        this.iban = iban;
    }

    public Centre getCentre() {
        return centre;
    }

    public AccountKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getIban() {
        return iban;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    /** An inactive account keeps its entries and balances but is not offered for new entries. */
    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The name, and for a bank account its IBAN, as the account chooser shows it. */
    public String getLabel() {
        return iban == null ? name : name + " (" + iban + ")";
    }
}
