package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.programme.domain.ActivitySession;

/** The sessions of one activity: when, where, single or series or cancelled, and who came. */
class SessionGrid extends Grid<ActivitySession> {

    SessionGrid() {
        addColumn(s -> ProgrammeLabels.span(s.getStartsAt(), s.getEndsAt()))
                .setHeader(getTranslation("session.when")).setSortProperty("startsAt").setAutoWidth(true);
        addColumn(s -> s.getRoom().getName()).setHeader(getTranslation("session.room"))
                .setSortProperty("room.name");
        addComponentColumn(this::statusBadge).setHeader(getTranslation("session.status"))
                .setSortProperty("cancelled").setAutoWidth(true);
        addColumn(s -> s.getVisitors() == null ? "" : String.valueOf(s.getVisitors()))
                .setHeader(getTranslation("attendance.visitors")).setSortProperty("visitors").setAutoWidth(true);
        setAriaLabel(getTranslation("activity.sessions"));
        setEmptyStateText(getTranslation("session.empty"));
    }

    private Span statusBadge(ActivitySession session) {
        var badge = new Span(getTranslation(session.isCancelled() ? "session.status.cancelled"
                : session.getSeries() == null ? "session.status.single" : "session.status.series"));
        badge.getElement().getThemeList().add(session.isCancelled() ? "badge error" : "badge");
        if (session.isCancelled()) {
            badge.setTitle(session.getCancelReason());
        }
        return badge;
    }
}
