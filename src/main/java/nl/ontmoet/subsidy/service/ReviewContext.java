package nl.ontmoet.subsidy.service;

import nl.ontmoet.bookkeeping.service.BudgetLineData;
import nl.ontmoet.subsidy.domain.EarlierApplications;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a reviewer wants beside an application: the centre's own budget for the scheme's year (empty lines
 * and {@code budgetExists} false when there is none) and the centre's other applications.
 */
public record ReviewContext(int year, boolean budgetExists, List<BudgetLineData> budgetLines, BigDecimal costs,
                            BigDecimal income, List<EarlierApplications> earlier) {
}
