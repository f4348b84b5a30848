package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLine;
import nl.ontmoet.subsidy.service.ApplicationBudget;
import nl.ontmoet.subsidy.service.BudgetLineInput;
import nl.ontmoet.subsidy.service.BudgetLineRow;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;

/**
 * The budget of the subsidised work: its lines with totals, and while the application may change, a row to
 * add a line and a button that copies the centre's own budget for the scheme's year.
 */
class BudgetPanel extends Div {

    private final SubsidyBudgetService budgetService;
    private final FormErrors formErrors;
    private final long applicationId;
    final Grid<BudgetLineRow> grid = new Grid<>();
    final ComboBox<Category> category = new ComboBox<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField note = new TextField();
    final Button add = new Button();
    final Button copy = new Button();
    final Div totals = new Div();
    final Paragraph empty = new Paragraph();
    private final HorizontalLayout editRow;
    private final Binder<BudgetLineInput> binder = new Binder<>(BudgetLineInput.class);
    private Grid.Column<BudgetLineRow> removeColumn;

    BudgetPanel(SubsidyBudgetService budgetService, FormErrors formErrors, long applicationId) {
        this.budgetService = budgetService;
        this.formErrors = formErrors;
        this.applicationId = applicationId;
        addClassName("subsidy-budget");
        grid.setAriaLabel(getTranslation("subsidy.budget"));
        grid.addColumn(BudgetLineRow::categoryName).setHeader(getTranslation("subsidy.budget.category")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("subsidy.budget.direction." + l.direction().name()))
                .setHeader(getTranslation("subsidy.budget.kind")).setAutoWidth(true);
        grid.addColumn(l -> SubsidyTexts.money(l.amount())).setHeader(getTranslation("subsidy.budget.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> l.note() == null ? "" : l.note()).setHeader(getTranslation("subsidy.budget.note"))
                .setFlexGrow(3);
        removeColumn = grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);

        category.setLabel(getTranslation("subsidy.budget.category"));
        category.setItemLabelGenerator(c -> c.getName() + " ("
                + getTranslation("subsidy.budget.direction." + c.getDirection().name()).toLowerCase() + ")");
        amount.setLabel(getTranslation("subsidy.budget.amount"));
        amount.setPrefixComponent(new Span("€"));
        note.setLabel(getTranslation("subsidy.budget.note"));
        note.setMaxLength(SubsidyBudgetLine.NOTE_LENGTH);
        binder.bindInstanceFields(this);
        add.setText(getTranslation("subsidy.budget.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> addLine());
        copy.setText(getTranslation("subsidy.budget.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addClickListener(click -> copyCentreBudget());
        editRow = new HorizontalLayout(category, amount, note, add);
        editRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editRow.setWrap(true);
        editRow.addClassName("budget-edit-row");
        totals.addClassName("subsidy-facts");
        var copyHelp = new Span(getTranslation("subsidy.budget.copy.help"));
        copyHelp.addClassName("field-help");
        var copyRow = new HorizontalLayout(copy, copyHelp);
        copyRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        copyRow.addClassName("budget-copy-row");
        add(new H3(getTranslation("subsidy.budget")), copyRow, empty, grid, totals, editRow);
        refresh();
    }

    HorizontalLayout editRow() {
        return editRow;
    }

    void refresh() {
        ApplicationBudget budget = budgetService.budget(applicationId);
        boolean editable = budget.editable();
        grid.setItems(budget.lines());
        grid.setVisible(!budget.lines().isEmpty());
        empty.setText(getTranslation("subsidy.budget.empty"));
        empty.setVisible(budget.lines().isEmpty());
        removeColumn.setVisible(editable);
        editRow.setVisible(editable);
        copy.getParent().ifPresent(row -> row.setVisible(editable));
        if (editable && category.getListDataView().getItemCount() == 0) {
            category.setItems(budgetService.categories());
        }
        totals.removeAll();
        total("subsidy.budget.costs", budget.costs());
        total("subsidy.budget.income", budget.income());
        total("subsidy.budget.toBeCovered", budget.toBeCovered());
    }

    private void total(String key, java.math.BigDecimal value) {
        var label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        var text = new Span(SubsidyTexts.money(value));
        text.addClassName("fact-value");
        totals.add(label, text);
    }

    private Button removeButton(BudgetLineRow line) {
        var remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("subsidy.budget.remove", line.categoryName()));
        remove.setTooltipText(getTranslation("subsidy.budget.remove", line.categoryName()));
        remove.addClickListener(click -> {
            if (formErrors.attempt(binder, () -> budgetService.removeLine(applicationId, line.id()))) {
                refresh();
            }
        });
        return remove;
    }

    private void addLine() {
        var input = new BudgetLineInput(category.getValue(), amount.getValue(), note.getValue());
        if (formErrors.attempt(binder, () -> budgetService.addLine(applicationId, input))) {
            category.clear();
            amount.clear();
            note.clear();
            refresh();
        }
    }

    private void copyCentreBudget() {
        formErrors.attemptGet(binder, () -> budgetService.copyFromCentreBudget(applicationId)).ifPresent(copied -> {
            Notifications.success(getTranslation("subsidy.budget.copied", copied));
            refresh();
        });
    }
}
