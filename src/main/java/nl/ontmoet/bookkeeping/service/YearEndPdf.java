package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.pdf.ArchivalPdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The jaarrekening as PDF/A for the board: the staat van baten en lasten, the balance at 31 December and places for
 * the chair and the treasurer to sign; Dutch amounts and dates. A provisional statement says so at the top.
 */
final class YearEndPdf {

    private final YearEndStatement statement;
    private final Function<BalanceItem, String> label;
    private final BundleI18NProvider i18n;
    private final ArchivalPdf pdf;

    YearEndPdf(YearEndStatement statement, Function<BalanceItem, String> label, BundleI18NProvider i18n) {
        this.statement = statement;
        this.label = label;
        this.i18n = i18n;
        this.pdf = new ArchivalPdf(text("bookkeeping.yearEnd.title", String.valueOf(statement.year())) + " " + statement.centreName());
    }

    byte[] bytes() {
        pdf.title(text("bookkeeping.yearEnd.title", String.valueOf(statement.year())) + " " + statement.centreName());
        if (statement.provisional()) {
            pdf.bold(text("bookkeeping.yearEnd.provisional", String.valueOf(statement.year())));
        }
        pdf.heading(text("bookkeeping.yearEnd.incomeStatement"));
        pdf.amounts("", true, text("bookkeeping.yearEnd.budgeted"), text("bookkeeping.yearEnd.actual"),
                text("bookkeeping.yearEnd.difference"));
        lines(text("bookkeeping.yearEnd.income"), statement.income(), text("bookkeeping.yearEnd.totalIncome"),
                statement.budgetedIncome(), statement.actualIncome());
        lines(text("bookkeeping.yearEnd.expenses"), statement.expenses(), text("bookkeeping.yearEnd.totalExpenses"),
                statement.budgetedExpenses(), statement.actualExpenses());
        pdf.blank();
        pdf.amounts(text("bookkeeping.yearEnd.result"), true, money(statement.budgetedResult()),
                money(statement.result()), money(statement.result().subtract(statement.budgetedResult())));
        pdf.paragraph(text("bookkeeping.yearEnd.signs"));
        pdf.blank();
        balance();
        pdf.blank();
        pdf.paragraph(text("bookkeeping.yearEnd.approved", String.valueOf(statement.year())));
        pdf.signatures(List.of(
                List.of(text("bookkeeping.yearEnd.chair"), text("bookkeeping.yearEnd.name"),
                        text("bookkeeping.yearEnd.date")),
                List.of(text("bookkeeping.yearEnd.treasurer"), text("bookkeeping.yearEnd.name"),
                        text("bookkeeping.yearEnd.date"))));
        return pdf.toBytes();
    }

    private void lines(String title, List<YearEndStatement.Line> lines, String total, BigDecimal budgeted,
                       BigDecimal actual) {
        pdf.bold(title);
        for (var line : lines) {
            pdf.amounts(line.name(), false, money(line.budgeted()), money(line.actual()), money(line.difference()));
        }
        pdf.amounts(total, true, money(budgeted), money(actual), money(actual.subtract(budgeted)));
    }

    private void balance() {
        pdf.heading(text("bookkeeping.yearEnd.balance", Formats.DUTCH.date(java.time.LocalDate.of(statement.year(), 12, 31))));
        pdf.bold(text("bookkeeping.yearEnd.assets"));
        for (var account : statement.accounts()) {
            pdf.amounts(account.iban() == null ? account.name() : account.name() + " (" + account.iban() + ")", false,
                    money(account.closing()));
        }
        statement.receivables().forEach(item -> pdf.amounts(label.apply(item), false, money(item.amount())));
        pdf.amounts(text("bookkeeping.yearEnd.totalAssets"), true, money(statement.assets()));
        pdf.blank();
        pdf.bold(text("bookkeeping.yearEnd.liabilities"));
        statement.payables().forEach(item -> pdf.amounts(label.apply(item), false, money(item.amount())));
        pdf.amounts(text("bookkeeping.yearEnd.totalPayables"), false, money(statement.payablesTotal()));
        pdf.amounts(text("bookkeeping.yearEnd.equityStart"), false, money(statement.equityAtStart()));
        pdf.amounts(text("bookkeeping.yearEnd.resultOfYear", String.valueOf(statement.year())), false, money(statement.result()));
        pdf.amounts(text("bookkeeping.yearEnd.change"), false, money(statement.changeInReceivablesAndPayables()));
        pdf.amounts(text("bookkeeping.yearEnd.equity"), false, money(statement.equity()));
        pdf.amounts(text("bookkeeping.yearEnd.totalLiabilities"), true, money(statement.liabilitiesAndEquity()));
    }

    private String text(String key, Object... arguments) {
        return i18n.getTranslation(key, BundleI18NProvider.DUTCH, arguments);
    }

    /** € 1.234,56 with a no-break space, so the sign never wraps away from the amount. */
    private static String money(BigDecimal amount) {
        return Formats.DUTCH.money(amount).replace(' ', '\u00A0');
    }
}
