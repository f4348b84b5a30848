package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One reimbursement of costs in a volunteer's list at a centre; the receipt hangs on the ledger entry. */
public record ReimbursementRow(long id, LocalDate paymentDate, String description, BigDecimal amount,
                               long ledgerEntryId) {
}
