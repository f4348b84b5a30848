package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.volunteer.service.VogService.VogDue;

import java.util.List;
import java.util.function.Consumer;

/** The centre's volunteers whose VOG is missing or too old, each with an icon and a text, never colour alone. */
class VogOverview extends Div {

    final Paragraph intro = new Paragraph();
    final Paragraph allFine = new Paragraph();
    final Grid<VogDue> grid = new Grid<>();
    private Consumer<Long> open = id -> { };

    VogOverview() {
        addClassNames("volunteer-section", "vog-overview");
        var title = new H3(getTranslation("volunteer.vog.title"));
        title.setId("vog-overview-title");
        grid.addColumn(VogDue::name).setHeader(getTranslation("volunteer.name")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("volunteer.vog.state")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-labelledby", "vog-overview-title");
        grid.addItemClickListener(click -> open.accept(click.getItem().volunteerId()));
        allFine.setText(getTranslation("volunteer.vog.allFine"));
        add(title, intro, grid, allFine);
    }

    void onOpen(Consumer<Long> open) {
        this.open = open;
    }

    void show(int maxAgeYears, List<VogDue> due) {
        intro.setText(getTranslation("volunteer.vog.intro", maxAgeYears));
        grid.setItems(due);
        grid.setVisible(!due.isEmpty());
        allFine.setVisible(due.isEmpty());
    }

    private Span state(VogDue due) {
        var icon = due.missing() ? VaadinIcon.EXCLAMATION_CIRCLE_O.create() : VaadinIcon.CLOCK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var text = due.missing() ? getTranslation("volunteer.vog.missing")
                : getTranslation("volunteer.vog.expired", Formats.current().date(due.expiredOn()));
        var state = new Span(icon, new Span(text));
        state.addClassName("vog-state");
        state.getElement().getThemeList().add(due.missing() ? "badge error" : "badge contrast");
        return state;
    }
}
