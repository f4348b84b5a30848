package nl.ontmoet.bookkeeping.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The jaarrekening of a centre-year. The staat van baten en lasten holds signed amounts (income positive, expenses
 * negative), so every total is a sum and a positive difference (actual − budgeted) is better than budgeted. The
 * balance at 31 December: accounts and receivables against payables and the equity that balances them, which is
 * the equity on 1 January plus the result plus the change in receivables and payables. A year not yet closed is
 * provisional.
 */
public record YearEndStatement(long centreId, String centreName, int year, boolean provisional,
                               List<Line> income, List<Line> expenses, List<AccountLine> accounts,
                               List<BalanceItem> receivables, List<BalanceItem> payables,
                               BigDecimal receivablesAtStart, BigDecimal payablesAtStart) {

    /** A category's budgeted and actual amount, signed. */
    public record Line(String code, String name, BigDecimal budgeted, BigDecimal actual) {

        public BigDecimal difference() {
            return actual.subtract(budgeted);
        }
    }

    /** An account's balance on 1 January and 31 December. */
    public record AccountLine(String name, String iban, BigDecimal opening, BigDecimal closing) {
    }

    public YearEndStatement {
        income = List.copyOf(income);
        expenses = List.copyOf(expenses);
        accounts = List.copyOf(accounts);
        receivables = List.copyOf(receivables);
        payables = List.copyOf(payables);
    }

    public BigDecimal budgetedIncome() {
        return sum(income, Line::budgeted);
    }

    public BigDecimal actualIncome() {
        return sum(income, Line::actual);
    }

    public BigDecimal budgetedExpenses() {
        return sum(expenses, Line::budgeted);
    }

    public BigDecimal actualExpenses() {
        return sum(expenses, Line::actual);
    }

    public BigDecimal budgetedResult() {
        return budgetedIncome().add(budgetedExpenses());
    }

    public BigDecimal result() {
        return actualIncome().add(actualExpenses());
    }

    public BigDecimal openingTotal() {
        return sum(accounts, AccountLine::opening);
    }

    public BigDecimal cash() {
        return sum(accounts, AccountLine::closing);
    }

    public BigDecimal receivablesTotal() {
        return sum(receivables, BalanceItem::amount);
    }

    public BigDecimal payablesTotal() {
        return sum(payables, BalanceItem::amount);
    }

    public BigDecimal assets() {
        return cash().add(receivablesTotal());
    }

    /** The reserve: what the centre owns less what it owes. */
    public BigDecimal equity() {
        return assets().subtract(payablesTotal());
    }

    public BigDecimal equityAtStart() {
        return openingTotal().add(receivablesAtStart).subtract(payablesAtStart);
    }

    /** The change in receivables less the change in payables over the year. */
    public BigDecimal changeInReceivablesAndPayables() {
        return equity().subtract(equityAtStart()).subtract(result());
    }

    public BigDecimal liabilitiesAndEquity() {
        return payablesTotal().add(equity());
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
