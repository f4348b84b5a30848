package nl.ontmoet.volunteer.service;

import nl.ontmoet.volunteer.domain.PaymentKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A proposed allowance: a fixed amount, or the month's approved hours times a rate. An admin may add a reason
 * to pay over a limit.
 */
public record PaymentInput(LocalDate paymentDate, PaymentKind kind, BigDecimal amount, BigDecimal rate,
                           String overrideReason) {
}
