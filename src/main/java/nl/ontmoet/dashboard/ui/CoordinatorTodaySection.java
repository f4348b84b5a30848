package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import nl.ontmoet.bookkeeping.ui.BudgetView;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.coaching.ui.CoachingView;
import nl.ontmoet.dashboard.service.CoordinatorToday;
import nl.ontmoet.dashboard.service.TodayService;
import nl.ontmoet.programme.ui.CalendarView;
import nl.ontmoet.subsidy.ui.CentreSubsidiesView;
import nl.ontmoet.volunteer.ui.VolunteerAllowancesView;
import nl.ontmoet.volunteer.ui.VolunteersView;


import static nl.ontmoet.dashboard.ui.TodayCards.card;
import static nl.ontmoet.dashboard.ui.TodayCards.centre;

/** A coordinator's day at the centre they opened last (the drawer's switcher changes it). */
class CoordinatorTodaySection extends Div {

    CoordinatorTodaySection(TodayService today, Centre centre) {
        addClassName("today-coordinator");
        CoordinatorToday figures = today.coordinator(centre.getId());
        add(TodayCards.section(figures.centreName(), TodayCards.grid(cards(figures))));
    }

    private Component[] cards(CoordinatorToday f) {
        RouteParameters at = centre(f.centreSlug());
        var nearLimit = f.nearLimit() == null
                ? card("limits", String.valueOf(f.year()), getTranslation("today.limitsMissing"), null, true,
                        VolunteerAllowancesView.class, at)
                : card("near-limit", f.nearLimit(), getTranslation("today.nearLimit"), true,
                        VolunteerAllowancesView.class, at);
        return new Component[]{
                card("sessions-today", f.sessionsToday(), getTranslation("today.sessionsToday"),
                        getTranslation("today.roomsToday", f.roomsToday()), false, CalendarView.class, at),
                card("sessions-week", f.sessionsThisWeek(), getTranslation("today.sessionsWeek"), false,
                        CalendarView.class, at),
                card("hours", f.hoursToApprove(), getTranslation("today.hoursToApprove"), true,
                        VolunteerAllowancesView.class, at),
                nearLimit,
                card("vog-missing", f.vogMissing(), getTranslation("today.vogMissing"), true, VolunteersView.class, at),
                card("vog-expired", f.vogExpired(), getTranslation("today.vogExpired"), true, VolunteersView.class, at),
                card("budget-near", f.expenseLinesNear(), getTranslation("today.expenseNear"), true,
                        BudgetView.class, at),
                card("income-behind", f.incomeLinesBehind(), getTranslation("today.incomeBehind"), true,
                        BudgetView.class, at),
                card("subsidy-drafts", f.subsidyDrafts(), getTranslation("today.subsidyDrafts"), true,
                        CentreSubsidiesView.class, at),
                card("subsidy-changes", f.changeRequests(), getTranslation("today.changeRequests"), true,
                        CentreSubsidiesView.class, at),
                card("reports-due", f.reportsDue(), getTranslation("today.reportsDue"), true,
                        CentreSubsidiesView.class, at),
                card("reports-overdue", f.reportsOverdue(), getTranslation("today.reportsOverdue"), true,
                        CentreSubsidiesView.class, at),
                card("agreements", f.agreementsOpen(), getTranslation("today.agreementsOpen"),
                        getTranslation("today.agreementsOverdue", f.agreementsOverdue()), f.agreementsOverdue() > 0,
                        CoachingView.class, RouteParameters.empty())
        };
    }

    static Paragraph noCentre(Component context) {
        return new Paragraph(context.getTranslation("today.noCentre"));
    }
}
