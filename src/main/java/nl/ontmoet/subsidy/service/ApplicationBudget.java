package nl.ontmoet.subsidy.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;
import java.util.List;

/** The budget of the subsidised work: its lines, their totals, and whether the current user may change it. */
public record ApplicationBudget(List<BudgetLineRow> lines, boolean editable) {

    public BigDecimal costs() {
        return total(Direction.EXPENSE);
    }

    public BigDecimal income() {
        return total(Direction.INCOME);
    }

    /** What the costs leave uncovered by the other income: what the subsidy is asked to cover. */
    public BigDecimal toBeCovered() {
        return costs().subtract(income());
    }

    private BigDecimal total(Direction direction) {
        return lines.stream().filter(l -> l.direction() == direction).map(BudgetLineRow::amount)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
