package nl.ontmoet.bookkeeping.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an import did, and whether the account's balance in Ontmoet on the statement's date (opening balance plus
 * entries up to that date) now equals the statement's closing balance.
 */
public record StatementImportResult(int created, int matched, int skipped, LocalDate date, BigDecimal closingBalance,
                                    BigDecimal balanceInOntmoet) {

    /** The statement's closing balance minus Ontmoet's balance: zero when they agree. */
    public BigDecimal difference() {
        return closingBalance.subtract(balanceInOntmoet);
    }

    public boolean reconciles() {
        return difference().signum() == 0;
    }
}
