package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.BudgetLine;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetData;
import nl.ontmoet.bookkeeping.service.BudgetLineData;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExpectedIncome;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The begroting of one centre-year: an amount and a note per category with live totals, or, while there is
 * none, creating it empty or as a copy of last year's.
 */
class BudgetEditor extends Div {

    private final BudgetService budgetService;
    private final FormErrors formErrors;
    private final ErrorMessages errorMessages;
    private final Runnable onChange;
    final Button createBudget = new Button();
    final Button copyBudget = new Button();
    final Button save = new Button();
    final Map<String, BigDecimalField> amounts = new LinkedHashMap<>();
    final Map<String, TextField> notes = new LinkedHashMap<>();
    final ExpectedIncomeLines expected = new ExpectedIncomeLines();
    final Totals totals = new Totals("budget-total");
    private BudgetData data;
    private List<ExpectedIncome> expectedIncome = List.of();

    /** @param onChange called after the budget was created, copied or saved */
    BudgetEditor(BudgetService budgetService, FormErrors formErrors, ErrorMessages errorMessages, Runnable onChange) {
        this.budgetService = budgetService;
        this.formErrors = formErrors;
        this.errorMessages = errorMessages;
        this.onChange = onChange;
        addClassName("budget-section");
        createBudget.setText(getTranslation("bookkeeping.budget.create"));
        createBudget.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createBudget.addClickListener(click -> {
            if (formErrors.attempt(null, () -> budgetService.create(data.centreId(), data.year()))) {
                Notifications.success(getTranslation("bookkeeping.budget.created", String.valueOf(data.year())));
                onChange.run();
            }
        });
        copyBudget.setIcon(VaadinIcon.COPY_O.create());
        copyBudget.addClickListener(click -> {
            if (formErrors.attempt(null, () -> budgetService.copyPreviousYear(data.centreId(), data.year()))) {
                Notifications.success(getTranslation("bookkeeping.budget.copied", String.valueOf(data.year() - 1)));
                onChange.run();
            }
        });
        save.setText(getTranslation("bookkeeping.budget.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveBudget());
    }

    void show(BudgetData data, List<ExpectedIncome> expectedIncome, boolean editable) {
        this.data = data;
        this.expectedIncome = expectedIncome;
        removeAll();
        expected.show(expectedIncome);
        String year = String.valueOf(data.year());
        add(new H3(getTranslation("bookkeeping.budget.title", year)));
        if (!data.exists()) {
            add(new Paragraph(getTranslation("bookkeeping.budget.none", year)));
            copyBudget.setText(getTranslation("bookkeeping.budget.copy", String.valueOf(data.year() - 1)));
            createBudget.setVisible(editable);
            copyBudget.setVisible(editable);
            add(new FlexLayout(createBudget, copyBudget));
            if (!expectedIncome.isEmpty()) {
                add(expected);
            }
        } else {
            createBudget.setVisible(false);
            copyBudget.setVisible(false);
            add(editor(editable));
        }
    }

    private Div editor(boolean editable) {
        amounts.clear();
        notes.clear();
        var editor = new Div();
        editor.addClassName("budget-editor");
        for (Direction direction : List.of(Direction.INCOME, Direction.EXPENSE)) {
            var group = new Div();
            group.addClassName("budget-group");
            group.add(new H3(getTranslation("bookkeeping.direction." + direction.name())));
            data.lines().stream().filter(line -> line.direction() == direction)
                    .forEach(line -> group.add(row(line, editable)));
            if (direction == Direction.INCOME && !expectedIncome.isEmpty()) {
                group.add(expected);
            }
            editor.add(group);
        }
        save.setVisible(editable);
        editor.add(totals, save);
        updateTotals();
        return editor;
    }

    private Div row(BudgetLineData line, boolean editable) {
        var amount = new BigDecimalField(line.name());
        amount.setValue(line.amount());
        amount.setPrefixComponent(new Span("€"));
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        amount.addValueChangeListener(change -> updateTotals());
        amount.setReadOnly(!editable);
        amount.addClassName("budget-amount");
        var note = new TextField(getTranslation("bookkeeping.budget.note", line.name()));
        note.setValue(line.note() == null ? "" : line.note());
        note.setMaxLength(BudgetLine.NOTE_LENGTH);
        note.setReadOnly(!editable);
        note.addClassName("budget-note");
        amounts.put(line.code(), amount);
        notes.put(line.code(), note);
        var row = new Div(amount, note);
        row.addClassName("budget-row");
        return row;
    }

    private List<BudgetLineData> editedLines() {
        return data.lines().stream().map(line -> new BudgetLineData(line.categoryId(), line.code(), line.name(),
                line.direction(), amounts.get(line.code()).getValue(), notes.get(line.code()).getValue())).toList();
    }

    private void updateTotals() {
        var lines = editedLines();
        totals.show(BudgetData.total(lines, Direction.INCOME).add(BudgetService.total(expectedIncome)),
                BudgetData.total(lines, Direction.EXPENSE));
    }

    private void saveBudget() {
        amounts.values().forEach(field -> field.setInvalid(false));
        try {
            budgetService.save(data.centreId(), data.year(), data.version(), editedLines());
            Notifications.success(getTranslation("bookkeeping.budget.saved", String.valueOf(data.year())));
            onChange.run();
        } catch (RuntimeException refused) {
            var message = errorMessages.toMessage(refused, getLocale());
            message.fieldName().map(this::lineField).ifPresent(field -> {
                field.setErrorMessage(message.text());
                field.setInvalid(true);
            });
            Notifications.error(message.text());
        }
    }

    /** The field a refusal names: {@code amount-<code>} or {@code note-<code>}; null for another field. */
    private HasValidation lineField(String field) {
        String code = field.substring(field.indexOf('-') + 1);
        return field.startsWith("note-") ? notes.get(code) : amounts.get(code);
    }
}
