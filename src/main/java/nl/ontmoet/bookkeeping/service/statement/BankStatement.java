package nl.ontmoet.bookkeeping.service.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a statement file says of one account: its IBAN, the balance before and after (the closing balance on
 * {@code date}) and the booked transactions in between, in the file's order.
 */
public record BankStatement(String format, String iban, LocalDate date, BigDecimal openingBalance,
                            BigDecimal closingBalance, List<BankTransaction> transactions) {
}
