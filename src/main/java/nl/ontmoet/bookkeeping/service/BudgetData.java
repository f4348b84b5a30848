package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;
import java.util.List;

/**
 * A centre's budget for a year with a line for every category that is active or budgeted. {@code version}
 * travels with the edit so that a save over someone else's change is refused.
 */
public record BudgetData(long centreId, int year, Long budgetId, long version, boolean closed,
                         List<BudgetLineData> lines) {

    public boolean exists() {
        return budgetId != null;
    }

    public static BigDecimal total(List<BudgetLineData> lines, Direction direction) {
        return lines.stream()
                .filter(line -> line.direction() == direction && line.amount() != null)
                .map(BudgetLineData::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
