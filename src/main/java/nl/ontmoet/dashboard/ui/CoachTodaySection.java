package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.service.CoacheeSummary;
import nl.ontmoet.coaching.ui.CoacheeView;
import nl.ontmoet.coaching.ui.CoachingView;
import nl.ontmoet.dashboard.service.CoachToday;

import java.time.LocalDate;

import static nl.ontmoet.dashboard.ui.TodayCards.card;

/** A coach's day: agreements, goals by status and every coachee with their last and next session. */
class CoachTodaySection extends Div {

    CoachTodaySection(CoachToday today) {
        addClassName("today-coach");
        var none = RouteParameters.empty();
        var cards = TodayCards.grid(
                card("coach-agreements", today.agreementsOpen(), getTranslation("today.agreementsOpen"),
                        getTranslation("today.agreementsOverdue", today.agreementsOverdue()),
                        today.agreementsOverdue() > 0, CoachingView.class, none),
                card("goals-open", today.goals().getOrDefault(GoalStatus.OPEN, 0L),
                        getTranslation("today.goalsOpen"), false, CoachingView.class, none),
                card("goals-in-progress", today.goals().getOrDefault(GoalStatus.IN_PROGRESS, 0L),
                        getTranslation("today.goalsInProgress"), false, CoachingView.class, none),
                card("goals-achieved", today.goals().getOrDefault(GoalStatus.ACHIEVED, 0L),
                        getTranslation("today.goalsAchieved"), false, CoachingView.class, none));
        add(TodayCards.section(getTranslation("today.coaching"), cards, coachees(today)));
    }

    private com.vaadin.flow.component.Component coachees(CoachToday today) {
        if (today.coachees().isEmpty()) {
            return new Paragraph(getTranslation("today.noCoachees"));
        }
        var grid = new Grid<CoacheeSummary>();
        grid.setId("today-coachees");
        grid.addComponentColumn(c -> new RouterLink(c.name(), CoacheeView.class,
                        new RouteParameters("coordinator", String.valueOf(c.coordinatorId()))))
                .setHeader(getTranslation("today.coachee")).setFlexGrow(2);
        grid.addColumn(c -> date(c.lastSession())).setHeader(getTranslation("today.lastSession"));
        grid.addColumn(c -> date(c.nextSession())).setHeader(getTranslation("today.nextSession"));
        grid.addColumn(CoacheeSummary::openAgreements).setHeader(getTranslation("today.openAgreements"));
        grid.setItems(today.coachees());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : Formats.current().date(date);
    }
}
