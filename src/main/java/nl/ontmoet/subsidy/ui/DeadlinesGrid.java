package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.subsidy.service.DeadlineRow;

import java.util.List;

/**
 * What is due, one row per application: waiting for a decision, report due soon, or report late. A late
 * row says so in words with a warning icon ("Te laat, 12 dagen"); the colour only supports it.
 */
class DeadlinesGrid extends Grid<DeadlineRow> {

    /** The municipality's list (every centre) names the decision as its task; a centre's list as what it waits for. */
    private final String perspective;

    DeadlinesGrid(boolean showCentre) {
        perspective = showCentre ? "" : "centre.";
        setAriaLabel(getTranslation("subsidy.deadlines"));
        // Fixed minimum widths so that long names wrap between words instead of being cut.
        addComponentColumn(this::term).setHeader(getTranslation("subsidy.deadline.term")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(this::kindText)
                .setHeader(getTranslation("subsidy.deadline.what")).setAutoWidth(true).setFlexGrow(0);
        if (showCentre) {
            addColumn(DeadlineRow::centreName).setHeader(getTranslation("subsidy.deadline.centre")).setWidth("11em")
                    .setFlexGrow(1);
        }
        addColumn(DeadlineRow::title).setHeader(getTranslation("subsidy.title")).setWidth("12em").setFlexGrow(2);
        addColumn(DeadlineRow::schemeName).setHeader(getTranslation("subsidy.scheme")).setWidth("12em")
                .setFlexGrow(1);
        addColumn(r -> SubsidyTexts.shortDay(r.date())).setHeader(getTranslation("subsidy.deadline.date"))
                .setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setPartNameGenerator(r -> r.overdue() ? "overdue" : null);
        addClassName("deadlines-grid");
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                "centres/" + click.getItem().centreSlug() + "/subsidies/" + click.getItem().applicationId())));
    }

    void show(List<DeadlineRow> rows) {
        setItems(rows);
    }

    String kindText(DeadlineRow row) {
        return getTranslation("subsidy.deadline.kind." + perspective + row.kind().name());
    }

    String termText(DeadlineRow row) {
        return getTranslation("subsidy.deadline.days." + row.kind().name(), row.days());
    }

    private Component term(DeadlineRow row) {
        var icon = switch (row.kind()) {
            case REPORT_OVERDUE -> VaadinIcon.WARNING.create();
            case REPORT_DUE -> VaadinIcon.CLOCK.create();
            case DECISION -> VaadinIcon.HOURGLASS.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        var term = new Span(icon, new Span(termText(row)));
        if (row.decideBy() != null) {
            var decideBy = new Span(getTranslation("subsidy.deadline.decideBy" + (perspective.isEmpty() ? "" : ".centre"), SubsidyTexts.shortDay(row.decideBy())));
            decideBy.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            term.add(decideBy);
        }
        term.addClassName("deadline-term");
        if (row.overdue()) {
            term.addClassName("overdue");
        }
        return term;
    }
}
