package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The start page's building blocks: a section with a heading, and cards that show a count and link to the work. */
final class TodayCards {

    private TodayCards() {
    }

    static Section section(String heading, Component... content) {
        var section = new Section(new H2(heading));
        section.addClassName("today-section");
        section.add(content);
        return section;
    }

    static Div grid(Component... cards) {
        var grid = new Div(cards);
        grid.addClassNames("card-grid", "today-cards");
        return grid;
    }

    /**
     * A card whose count links straight to the screen where the work is done; a count above zero that asks for
     * action is marked, so the eye finds it first.
     */
    static RouterLink card(String id, long count, String label, String detail, boolean needsAction,
                           Class<? extends Component> view, RouteParameters parameters) {
        return card(id, String.valueOf(count), label, detail, needsAction && count > 0, view, parameters);
    }

    /** A card whose figure is not a count (a year to act on, for instance). */
    static RouterLink card(String id, String figure, String label, String detail, boolean attention,
                           Class<? extends Component> view, RouteParameters parameters) {
        var number = new Span(figure);
        number.addClassName("today-count");
        var text = new Span(label);
        text.addClassName("today-label");
        var link = new RouterLink(view, parameters);
        link.add(number, text);
        if (detail != null && !detail.isBlank()) {
            var small = new Span(detail);
            small.addClassName("today-detail");
            link.add(small);
        }
        link.setId("today-" + id);
        link.addClassNames("card", "today-card");
        if (attention) {
            link.addClassName("today-attention");
        }
        return link;
    }

    static RouterLink card(String id, long count, String label, boolean needsAction,
                           Class<? extends Component> view, RouteParameters parameters) {
        return card(id, count, label, null, needsAction, view, parameters);
    }

    static RouteParameters centre(String slug) {
        return new RouteParameters("centre", slug);
    }
}
