package nl.ontmoet.bookkeeping.service;

import java.math.BigDecimal;

/** Income, expense and balance of a filtered ledger, as summed by the database. */
public record LedgerTotals(BigDecimal income, BigDecimal expense) {

    public BigDecimal balance() {
        return income.subtract(expense);
    }
}
