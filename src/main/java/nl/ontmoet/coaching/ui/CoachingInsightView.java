package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.coaching.service.CoachingInsightService;
import nl.ontmoet.coaching.service.CoachingInsightService.Figures;
import nl.ontmoet.coaching.service.CoachingInsightService.GoalCount;
import nl.ontmoet.coaching.service.CoachingInsightService.QuarterFigures;
import nl.ontmoet.coaching.service.CoachingInsightService.TopicCount;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Aggregate coaching figures per quarter for managers: counts and hours, never any text of a session. */
@Route("coaching/insight")
@RolesAllowed(Roles.MANAGER)
@StyleSheet("context://public/coaching.css")
public class CoachingInsightView extends Main implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<Integer> quarter = new Select<>();
    final Div totals = new Div();
    final Grid<Figures> perCoordinator = figuresGrid("coaching.insight.name", "coaching.insight.perCoordinator");
    final Grid<Figures> perCentre = figuresGrid("coaching.insight.centre", "coaching.insight.perCentre");
    final Grid<TopicCount> topics = new Grid<>();
    final Paragraph topicsHidden = new Paragraph();
    final Grid<GoalCount> goals = new Grid<>();

    private final CoachingInsightService insight;

    CoachingInsightView(CoachingInsightService insight, Clock clock) {
        this.insight = insight;
        addClassNames("view", "coaching-insight-view");
        var today = LocalDate.now(clock);
        year.setLabel(getTranslation("coaching.insight.year"));
        year.setItems(IntStream.rangeClosed(today.getYear() - 4, today.getYear()).boxed().toList().reversed());
        year.setValue(today.getYear());
        quarter.setLabel(getTranslation("coaching.insight.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("coaching.insight.quarter.value", q));
        quarter.setValue((today.getMonthValue() - 1) / 3 + 1);
        year.addValueChangeListener(change -> refresh());
        quarter.addValueChangeListener(change -> refresh());
        totals.addClassName("insight-totals");

        topics.addColumn(t -> CoachingTexts.label(this, t.topic())).setHeader(getTranslation("coaching.insight.topic"));
        topics.addColumn(TopicCount::sessions).setHeader(getTranslation("coaching.insight.sessions"));
        topics.setAriaLabel(getTranslation("coaching.insight.topics"));
        topics.setAllRowsVisible(true);
        topicsHidden.setText(getTranslation("coaching.insight.topicsHidden", CoachingInsightService.MIN_GROUP_FOR_TOPICS));
        goals.addColumn(GoalCount::name).setHeader(getTranslation("coaching.insight.name"));
        goals.addColumn(GoalCount::achieved).setHeader(getTranslation("coaching.insight.goalsAchieved"));
        goals.setAriaLabel(getTranslation("coaching.insight.goalsPerCoordinator"));
        goals.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("coaching.insight.intro")), new HorizontalLayout(year, quarter), totals,
                new H3(getTranslation("coaching.insight.perCoordinator")), perCoordinator,
                new H3(getTranslation("coaching.insight.perCentre")), perCentre,
                new H3(getTranslation("coaching.insight.topics")), topicsHidden, topics,
                new H3(getTranslation("coaching.insight.goalsPerCoordinator")), goals);
        refresh();
    }

    private Grid<Figures> figuresGrid(String nameKey, String ariaKey) {
        var grid = new Grid<Figures>();
        grid.addColumn(Figures::name).setHeader(getTranslation(nameKey)).setFlexGrow(2);
        grid.addColumn(Figures::sessions).setHeader(getTranslation("coaching.insight.sessions"));
        grid.addColumn(f -> hours(f.minutes())).setHeader(getTranslation("coaching.insight.hours"));
        grid.setAriaLabel(getTranslation(ariaKey));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void refresh() {
        if (year.getValue() == null || quarter.getValue() == null) {
            return;
        }
        QuarterFigures figures = insight.quarter(year.getValue(), quarter.getValue());
        totals.removeAll();
        totals.add(total("coaching.insight.sessions", String.valueOf(figures.sessions())),
                total("coaching.insight.hours", hours(figures.minutes())),
                total("coaching.insight.goalsAchieved", String.valueOf(figures.goalsAchieved())));
        perCoordinator.setItems(figures.perCoordinator());
        perCentre.setItems(figures.perCentre());
        topics.setItems(figures.topics());
        topics.setVisible(figures.topicsShown());
        topicsHidden.setVisible(!figures.topicsShown());
        goals.setItems(figures.goalsPerCoordinator());
    }

    private Div total(String labelKey, String value) {
        var number = new Span(value);
        number.addClassName("insight-number");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("insight-label");
        var box = new Div(number, label);
        box.addClassName("insight-total");
        return box;
    }

    private String hours(long minutes) {
        return String.format(Locale.GERMANY, "%.1f", minutes / 60.0);
    }

    List<String> totalsText() {
        return totals.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.insight.title");
    }
}
