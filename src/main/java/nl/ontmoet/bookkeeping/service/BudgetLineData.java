package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;

/** One category's line of a budget, as the budget screen edits it. */
public record BudgetLineData(long categoryId, String code, String name, Direction direction, BigDecimal amount,
                             String note) {
}
