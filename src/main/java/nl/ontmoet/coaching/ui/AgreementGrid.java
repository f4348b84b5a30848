package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.coaching.service.AgreementRow;

import java.util.List;
import java.util.function.Consumer;

/**
 * Agreements of both sides with their state in words: open, done, or "te laat" for overdue ones, so the
 * meaning never depends on colour alone. Agreements are few per person, so the list is given in full.
 */
class AgreementGrid extends Grid<AgreementRow> {

    AgreementGrid(boolean showCoordinator, Consumer<AgreementRow> markDone) {
        addClassName("agreement-grid");
        setEmptyStateText(getTranslation("coaching.agreement.empty"));
        addColumn(AgreementRow::description).setHeader(getTranslation("coaching.agreement.description"))
                .setFlexGrow(3);
        addColumn(row -> CoachingTexts.label(this, row.owner())).setHeader(getTranslation("coaching.agreement.owner"))
                .setAutoWidth(true);
        if (showCoordinator) {
            addColumn(AgreementRow::coordinatorName).setHeader(getTranslation("coaching.agreement.coordinator"))
                    .setAutoWidth(true);
        }
        addColumn(row -> CoachingTexts.date(this, row.dueDate())).setHeader(getTranslation("coaching.agreement.dueDate"))
                .setAutoWidth(true);
        addComponentColumn(this::state).setHeader(getTranslation("coaching.agreement.state")).setAutoWidth(true);
        addComponentColumn(row -> {
            var button = new Button(getTranslation("coaching.agreement.markDone"), click -> markDone.accept(row));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(getTranslation("coaching.agreement.markDone.aria", row.description()));
            button.setVisible(row.mayMarkDone() && !row.done());
            return button;
        }).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("coaching.agreements.aria"));
        setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
    }

    private Span state(AgreementRow row) {
        if (row.done()) {
            return CoachingTexts.badge(getTranslation("coaching.agreement.done"), "success");
        }
        if (row.overdue()) {
            return CoachingTexts.badge(getTranslation("coaching.agreement.overdue"), "error primary");
        }
        return CoachingTexts.badge(getTranslation("coaching.agreement.open"), "contrast");
    }

    void show(List<AgreementRow> rows) {
        setItems(rows);
    }
}
