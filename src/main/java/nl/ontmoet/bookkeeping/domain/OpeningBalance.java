package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;

import java.math.BigDecimal;

/** What an account held on 1 January of a year: set by the treasurer, or carried over when the year before closed. */
@Entity
@Table(name = "opening_balance")
public class OpeningBalance extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private LedgerAccount account;

    @Column(name = "balance_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected OpeningBalance() {
    }

    public OpeningBalance(LedgerAccount account, int year, BigDecimal amount) {
        this.account = account;
        this.year = year;
        this.amount = amount;
    }

    public LedgerAccount getAccount() {
        return account;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
