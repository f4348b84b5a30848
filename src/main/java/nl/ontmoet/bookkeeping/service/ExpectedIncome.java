package nl.ontmoet.bookkeeping.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of expected income from another feature: the category it is booked under, the amount, and a label as
 * a message key with its arguments so that the screen shows it in the reader's language.
 */
public record ExpectedIncome(String categoryCode, BigDecimal amount, String labelKey, List<String> labelArguments) {

    public ExpectedIncome {
        labelArguments = List.copyOf(labelArguments);
    }
}
