package nl.ontmoet.bookkeeping.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry typed by hand that a bank transaction may be the payment of: not yet matched to any transaction. */
public record MatchCandidate(long id, LocalDate entryDate, BigDecimal amount, Direction direction,
                             String description, String counterparty, String categoryName) {
}
