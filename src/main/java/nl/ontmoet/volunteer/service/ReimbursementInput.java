package nl.ontmoet.volunteer.service;

import nl.ontmoet.bookkeeping.service.ReceiptUpload;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Actual costs a volunteer made for the centre (travel, materials), with the receipt that shows them. */
public record ReimbursementInput(LocalDate paymentDate, BigDecimal amount, String description,
                                 ReceiptUpload receipt) {
}
