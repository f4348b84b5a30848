package nl.ontmoet.bookkeeping.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A receivable or payable of a centre on a day, from another feature (e.g. a subsidy granted but not yet received,
 * or paid above its settled amount); the label is a message key with its arguments.
 */
public record BalanceItem(Side side, BigDecimal amount, String labelKey, List<String> labelArguments) {

    public enum Side { RECEIVABLE, PAYABLE }

    public BalanceItem {
        labelArguments = List.copyOf(labelArguments);
    }
}
