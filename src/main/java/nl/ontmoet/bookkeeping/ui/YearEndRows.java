package nl.ontmoet.bookkeeping.ui;

import nl.ontmoet.bookkeeping.service.BalanceItem;
import nl.ontmoet.bookkeeping.service.YearEndStatement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The rows of the year-end screen's two tables: headings, lines and totals (shown bold). */
final class YearEndRows {

    /** One table row; amounts may be null (left empty). */
    record Row(String label, BigDecimal first, BigDecimal second, BigDecimal third, boolean strong) {

        static Row heading(String label) {
            return new Row(label, null, null, null, true);
        }
    }

    private YearEndRows() {
    }

    /** Staat van baten en lasten: begroot, werkelijk, verschil. */
    static List<Row> incomeStatement(YearEndStatement s, Function<String, String> text) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.heading(text.apply("bookkeeping.yearEnd.income")));
        s.income().forEach(l -> rows.add(new Row(l.name(), l.budgeted(), l.actual(), l.difference(), false)));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.totalIncome"), s.budgetedIncome(), s.actualIncome(),
                s.actualIncome().subtract(s.budgetedIncome()), true));
        rows.add(Row.heading(text.apply("bookkeeping.yearEnd.expenses")));
        s.expenses().forEach(l -> rows.add(new Row(l.name(), l.budgeted(), l.actual(), l.difference(), false)));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.totalExpenses"), s.budgetedExpenses(), s.actualExpenses(),
                s.actualExpenses().subtract(s.budgetedExpenses()), true));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.result"), s.budgetedResult(), s.result(),
                s.result().subtract(s.budgetedResult()), true));
        return rows;
    }

    /** Balans per 31-12: 1 januari (accounts only) and 31 december. */
    static List<Row> balance(YearEndStatement s, Function<String, String> text, Function<BalanceItem, String> label) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.heading(text.apply("bookkeeping.yearEnd.assets")));
        s.accounts().forEach(a -> rows.add(new Row(a.iban() == null ? a.name() : a.name() + " (" + a.iban() + ")",
                a.opening(), a.closing(), null, false)));
        s.receivables().forEach(i -> rows.add(new Row(label.apply(i), null, i.amount(), null, false)));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.totalAssets"), null, s.assets(), null, true));
        rows.add(Row.heading(text.apply("bookkeeping.yearEnd.liabilities")));
        s.payables().forEach(i -> rows.add(new Row(label.apply(i), null, i.amount(), null, false)));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.totalPayables"), null, s.payablesTotal(), null, false));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.equityStart"), null, s.equityAtStart(), null, false));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.resultOfYear"), null, s.result(), null, false));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.change"), null, s.changeInReceivablesAndPayables(), null,
                false));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.equity"), null, s.equity(), null, false));
        rows.add(new Row(text.apply("bookkeeping.yearEnd.totalLiabilities"), null, s.liabilitiesAndEquity(), null,
                true));
        return rows;
    }
}
