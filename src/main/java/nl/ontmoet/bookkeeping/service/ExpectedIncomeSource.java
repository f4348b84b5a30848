package nl.ontmoet.bookkeeping.service;

import java.util.List;

/**
 * Another feature's income that a centre may expect in a year (e.g. granted subsidies), shown read-only in the
 * budget and counted in its totals. Implemented outside bookkeeping, so bookkeeping knows no other feature.
 * Called only after {@link BudgetService} has checked that the caller may read the centre.
 */
public interface ExpectedIncomeSource {

    List<ExpectedIncome> expectedIncome(long centreId, int year);
}
