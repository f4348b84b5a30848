package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Budget versus actual of one category: budgeted and actual for the year, and the actual amount per month
 * (index 0 = January), all summed by the database.
 */
public record ReportLine(long categoryId, String code, String name, Direction direction, BigDecimal budgeted,
                         BigDecimal actual, List<BigDecimal> monthly) {

    public enum Status { OK, NEAR, OVER }

    /** Actual from January up to and including {@code month} (1..12). */
    public BigDecimal actualThrough(int month) {
        return monthly.subList(0, month).stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal actualIn(int month) {
        return monthly.get(month - 1);
    }

    public BigDecimal difference() {
        return budgeted.subtract(actual);
    }

    /** Percentage of the budget used, one decimal; null when nothing is budgeted. */
    public BigDecimal percentUsed() {
        return percentOf(actual);
    }

    public BigDecimal percentOf(BigDecimal amount) {
        if (budgeted.signum() == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(budgeted, 1, RoundingMode.HALF_UP);
    }

    /** Over 90 % is near the budget, over 100 % is over it; actual without a budget counts as over. */
    public Status status(BigDecimal amount) {
        if (budgeted.signum() == 0) {
            return amount.signum() > 0 ? Status.OVER : Status.OK;
        }
        if (amount.compareTo(budgeted) > 0) {
            return Status.OVER;
        }
        // compared exactly, not on the rounded percentage: 900.01 of 1000 is over 90 %
        return amount.multiply(BigDecimal.TEN).compareTo(budgeted.multiply(BigDecimal.valueOf(9))) > 0
                ? Status.NEAR : Status.OK;
    }
}
