package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.base.format.Formats;

import java.math.BigDecimal;

/** Income, expense and balance on one line, announced to screen readers when they change. */
class Totals extends Div {

    final Span income = new Span();
    final Span expense = new Span();
    final Span balance = new Span();

    /** @param classPrefix the spans get {@code <prefix>-income}, {@code -expense} and {@code -balance} */
    Totals(String classPrefix) {
        income.addClassName(classPrefix + "-income");
        expense.addClassName(classPrefix + "-expense");
        balance.addClassName(classPrefix + "-balance");
        add(income, expense, balance);
        addClassName("ledger-totals");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(BigDecimal incomeAmount, BigDecimal expenseAmount) {
        var formats = Formats.current();
        income.setText(getTranslation("bookkeeping.totals.income", formats.money(incomeAmount)));
        expense.setText(getTranslation("bookkeeping.totals.expense", formats.money(expenseAmount)));
        balance.setText(getTranslation("bookkeeping.totals.balance",
                formats.money(incomeAmount.subtract(expenseAmount))));
    }
}
