package nl.ontmoet.bookkeeping.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the ledger grid and exports: what a list needs, without loading entities. */
public record LedgerRow(long id, LocalDate entryDate, Direction direction, String categoryCode,
                        String categoryName, BigDecimal amount, String description, String counterparty,
                        String reference, boolean hasReceipt) {
}
