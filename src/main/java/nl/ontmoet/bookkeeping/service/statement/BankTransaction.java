package nl.ontmoet.bookkeeping.service.statement;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One booked transaction of a bank statement: a credit is income, a debit an expense; the amount is positive.
 * The counterparty, its IBAN and the bank's entry reference may be missing (a bank charge has none of them).
 */
public record BankTransaction(LocalDate bookingDate, BigDecimal amount, Direction direction, String counterpartyName,
                              String counterpartyIban, String description, String entryReference) {

    /** The amount with its sign: what the transaction adds to the account's balance. */
    public BigDecimal signedAmount() {
        return direction == Direction.INCOME ? amount : amount.negate();
    }
}
