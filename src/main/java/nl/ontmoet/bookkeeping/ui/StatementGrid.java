package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.select.Select;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Columns;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.MatchCandidate;
import nl.ontmoet.bookkeeping.service.ImportChoice;
import nl.ontmoet.bookkeeping.service.ProposedTransaction;
import nl.ontmoet.bookkeeping.service.statement.BankTransaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The new transactions of a statement, each with the treasurer's choice: a category for a new entry (the one
 * suggested for its counterparty to begin with) or an entry typed by hand that it pays (the proposed one to begin
 * with). The choice fields are made only for the rows on screen, so a statement of thousands stays light.
 */
class StatementGrid extends Grid<ProposedTransaction> {

    private final Map<Direction, List<Category>> categories;
    private final Map<Integer, Long> categoryChoices = new HashMap<>();
    private final Map<Integer, Long> matchChoices = new HashMap<>();
    private final Runnable changed;

    StatementGrid(Map<Direction, List<Category>> categories, Runnable changed) {
        this.categories = categories;
        this.changed = changed;
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(p -> Formats.current().date(p.transaction().bookingDate()))
                .setHeader(getTranslation("bookkeeping.statement.date")).setAutoWidth(true).setFlexGrow(0);
        Columns.figure(addColumn(p -> Formats.current().money(p.transaction().signedAmount())),
                getTranslation("bookkeeping.statement.amount"), 12);
        addColumn(p -> counterparty(p.transaction())).setHeader(getTranslation("bookkeeping.statement.counterparty"))
                .setWidth("9em").setFlexGrow(2).setTooltipGenerator(p -> counterparty(p.transaction()));
        addColumn(p -> Optional.ofNullable(p.transaction().description()).orElse(""))
                .setHeader(getTranslation("bookkeeping.statement.description")).setWidth("10em").setFlexGrow(3)
                .setTooltipGenerator(this::descriptionAndReference);
        // the choices keep room for a category's or an entry's name; a narrow screen scrolls the grid sideways
        addComponentColumn(this::matchField).setHeader(getTranslation("bookkeeping.statement.match")).setWidth("14em")
                .setFlexGrow(1).setKey("match");
        addComponentColumn(this::categoryField).setHeader(getTranslation("bookkeeping.statement.category"))
                .setWidth("13em").setFlexGrow(1).setKey("category");
        setAriaLabel(getTranslation("bookkeeping.statement.title"));
    }

    void show(List<ProposedTransaction> transactions) {
        setAllRowsVisible(transactions.size() <= ALL_ROWS_UP_TO);
        categoryChoices.clear();
        matchChoices.clear();
        transactions.forEach(p -> {
            categoryChoices.put(p.line(), p.suggestedCategoryId());
            matchChoices.put(p.line(), p.proposedMatchId());
        });
        setItems(transactions);
    }

    List<ImportChoice> choices() {
        List<ImportChoice> choices = new ArrayList<>(categoryChoices.size());
        categoryChoices.forEach((line, category) -> choices.add(new ImportChoice(line, category, matchChoices.get(line))));
        return choices;
    }

    boolean matched(ProposedTransaction proposed) {
        return matchChoices.get(proposed.line()) != null;
    }

    /** What the new entries (not the matched ones) will add to the account. */
    BigDecimal newMovement(List<ProposedTransaction> transactions) {
        return transactions.stream().filter(p -> !matched(p)).map(p -> p.transaction().signedAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The bank's reference is in the tooltip: a long code that would take a column's room from the choices. */
    private String descriptionAndReference(ProposedTransaction proposed) {
        var transaction = proposed.transaction();
        return Optional.ofNullable(transaction.description()).orElse("") + Optional.ofNullable(transaction.entryReference())
                .map(reference -> " (" + getTranslation("bookkeeping.statement.reference") + ": " + reference + ")")
                .orElse("");
    }

    /** Names the row's fields for screen readers (and journeys): "Categorie voor Flyers open dag". */
    private String rowName(ProposedTransaction proposed) {
        var transaction = proposed.transaction();
        return Optional.ofNullable(transaction.description()).or(() -> Optional.ofNullable(transaction.counterpartyName()))
                .orElse(Formats.current().date(transaction.bookingDate()));
    }

    private static final int ALL_ROWS_UP_TO = 50;

    ComboBox<Category> categoryField(ProposedTransaction proposed) {
        var field = new ComboBox<Category>();
        var options = categories.getOrDefault(proposed.transaction().direction(), List.of());
        field.setItems(options);
        field.setItemLabelGenerator(Category::getName);
        field.setAriaLabel(getTranslation("bookkeeping.statement.categoryOf", rowName(proposed)));
        field.setWidthFull();
        Long chosen = categoryChoices.get(proposed.line());
        options.stream().filter(c -> c.getId().equals(chosen)).findFirst().ifPresent(field::setValue);
        field.setEnabled(!matched(proposed));
        field.addValueChangeListener(change -> {
            categoryChoices.put(proposed.line(), change.getValue() == null ? null : change.getValue().getId());
            changed.run();
        });
        return field;
    }

    Select<Long> matchField(ProposedTransaction proposed) {
        var field = new Select<Long>();
        List<Long> options = new ArrayList<>();
        options.add(0L);
        proposed.candidates().forEach(c -> options.add(c.id()));
        field.setItems(options);
        field.setItemLabelGenerator(id -> id == 0L ? getTranslation("bookkeeping.statement.newEntry")
                : proposed.candidates().stream().filter(c -> c.id() == id).findFirst().map(this::label).orElse(""));
        field.setAriaLabel(getTranslation("bookkeeping.statement.matchOf", rowName(proposed)));
        field.setWidthFull();
        Long chosen = matchChoices.get(proposed.line());
        field.setValue(chosen == null ? 0L : chosen);
        field.setEnabled(!proposed.candidates().isEmpty());
        field.addValueChangeListener(change -> {
            matchChoices.put(proposed.line(), change.getValue() == null || change.getValue() == 0L ? null : change.getValue());
            getDataProvider().refreshItem(proposed);
            changed.run();
        });
        return field;
    }

    private String label(MatchCandidate candidate) {
        return getTranslation("bookkeeping.statement.matchLabel", Formats.current().date(candidate.entryDate()),
                candidate.description(), candidate.categoryName());
    }

    private static String counterparty(BankTransaction transaction) {
        String name = Optional.ofNullable(transaction.counterpartyName()).orElse("");
        return transaction.counterpartyIban() == null ? name : (name + " " + transaction.counterpartyIban()).strip();
    }
}
