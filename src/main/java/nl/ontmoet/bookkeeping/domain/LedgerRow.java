package nl.ontmoet.bookkeeping.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the ledger grid and exports: what a list needs, without loading entities. {@code balance} is the
 * account's balance after this entry, filled in for a page by the service (null until then).
 */
public record LedgerRow(long id, LocalDate entryDate, Direction direction, String categoryCode,
                        String categoryName, BigDecimal amount, String description, String counterparty,
                        String reference, boolean hasReceipt, Long accountId, String accountName,
                        BigDecimal balance) {

    public LedgerRow(long id, LocalDate entryDate, Direction direction, String categoryCode, String categoryName,
                     BigDecimal amount, String description, String counterparty, String reference,
                     boolean hasReceipt, Long accountId, String accountName) {
        this(id, entryDate, direction, categoryCode, categoryName, amount, description, counterparty, reference,
                hasReceipt, accountId, accountName, null);
    }

    public LedgerRow withBalance(BigDecimal balance) {
        return new LedgerRow(id, entryDate, direction, categoryCode, categoryName, amount, description, counterparty,
                reference, hasReceipt, accountId, accountName, balance);
    }

    public BigDecimal signedAmount() {
        return direction == Direction.EXPENSE ? amount.negate() : amount;
    }
}
