package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import nl.ontmoet.bookkeeping.service.ExpectedIncome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Income expected from other features (granted subsidies): shown read-only and counted in the budget's totals. */
class ExpectedIncomeLines extends Div {

    /** The read-only amounts, by their label. */
    final Map<String, BigDecimalField> amounts = new LinkedHashMap<>();

    ExpectedIncomeLines() {
        addClassName("expected-income");
    }

    void show(List<ExpectedIncome> expectedIncome) {
        removeAll();
        amounts.clear();
        var help = new Paragraph(getTranslation("bookkeeping.budget.expected.help"));
        help.addClassName("expected-income-help");
        add(new H4(getTranslation("bookkeeping.budget.expected")), help);
        for (ExpectedIncome income : expectedIncome) {
            var amount = new BigDecimalField(getTranslation(income.labelKey(), income.labelArguments().toArray()));
            amount.setValue(income.amount());
            amount.setPrefixComponent(new Span("€"));
            amount.setReadOnly(true);
            amount.setWidthFull();
            amount.addClassName("expected-amount");
            amounts.put(amount.getLabel(), amount);
            add(amount);
        }
    }
}
