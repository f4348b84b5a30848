package nl.ontmoet.subsidy.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;

/** One line of an application's budget as the screens show it. */
public record BudgetLineRow(long id, String categoryCode, String categoryName, Direction direction,
                            BigDecimal amount, String note) {
}
