package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.RoomService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.service.ActivityService;
import nl.ontmoet.programme.service.AttendanceService;
import nl.ontmoet.programme.service.SessionChangeService;
import nl.ontmoet.programme.service.SessionPlan;
import nl.ontmoet.programme.service.SessionPlanningService;
import nl.ontmoet.programme.service.SessionService;
import nl.ontmoet.programme.service.Skipped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The sessions of one activity: plan a single session or a weekly series, see what was skipped and add it
 * again after moving it, move or cancel one session, record attendance, end the rest of a series.
 */
@Route("centres/:centre/programme/:activity")
@PermitAll
@StyleSheet("context://public/programme.css")
public class ActivityView extends CentreScopedView implements AfterNavigationObserver {

    static final String ACTIVITY_PARAMETER = "activity";

    private final ActivityService activityService;
    private final SessionService sessionService;
    private final RoomService roomService;
    private final Clock clock;
    final SessionGrid grid = new SessionGrid();
    final SessionForm form = new SessionForm();
    final SessionEditor editor = new SessionEditor();
    final Button planButton = new Button();
    final SkippedPanel skippedPanel = new SkippedPanel();
    final H2 heading = new H2();
    private Activity activity;
    private List<Room> rooms = List.of();

    ActivityView(CentreService centreService, ActivityService activityService, SessionService sessionService,
                 SessionPlanningService planning, SessionChangeService changes, AttendanceService attendance,
                 RoomService roomService, FormErrors formErrors, Clock clock) {
        super(centreService);
        this.activityService = activityService;
        this.sessionService = sessionService;
        this.roomService = roomService;
        this.clock = clock;
        addClassName("activity-view");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                openEditor(change.getValue());
            }
        });
        planButton.setText(getTranslation("session.plan"));
        planButton.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        planButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planButton.addClickListener(click -> openForm(newPlan()));
        new SessionPlanner(form, planning, formErrors, (plan, result) -> {
            showSkipped(plan.getRoom(), result.skipped());
            grid.getDataProvider().refreshAll();
        });
        new SessionActions(editor, changes, attendance, formErrors, this::closeEditor, this::showSkipped);
    }

    @Override
    protected void render(Centre centre) {
        // the activity is read in afterNavigation, once its route parameter is known
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String id = event.getRouteParameters().get(ACTIVITY_PARAMETER).orElse("");
        try {
            activity = activityService.get(centre().getId(), Long.parseLong(id));
        } catch (NumberFormatException | RecordNotFoundException notFound) {
            removeAll();
            add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")));
            return;
        }
        boolean manageable = activityService.canManage(centre().getId()) && !activity.isArchived();
        rooms = roomService.all(centre().getId());
        form.setRooms(rooms);
        editor.setRooms(rooms);
        form.setVisible(false);
        editor.setVisible(false);
        planButton.setVisible(manageable);
        grid.setSelectionMode(manageable ? Grid.SelectionMode.SINGLE : Grid.SelectionMode.NONE);
        long activityId = activity.getId();
        grid.setItems(query -> sessionService.page(activityId, toSpringPageRequest(query)).stream());
        removeAll();
        var content = new Div(grid, form, editor);
        content.addClassName("list-with-form");
        add(links(), title(), summary(), new HorizontalLayout(planButton), skippedPanel, content);
        if (activity.isArchived()) {
            add(new Paragraph(getTranslation("activity.archivedNotice")));
        }
    }

    private HorizontalLayout links() {
        var parameters = new RouteParameters(CENTRE_PARAMETER, centre().getSlug());
        return new HorizontalLayout(
                new RouterLink(getTranslation("activity.backToProgramme"), ProgrammeView.class, parameters),
                new RouterLink(getTranslation("programme.calendarLink"), CalendarView.class, parameters));
    }

    private HorizontalLayout title() {
        heading.setText(activity.getTitle());
        var title = new HorizontalLayout(heading, ProgrammeLabels.typeBadge(this, activity.getType()));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        return title;
    }

    private Paragraph summary() {
        var summary = new Paragraph(getTranslation("activity.summary",
                ProgrammeLabels.organiser(this, activity.getOrganiserKind()),
                activity.getTargetGroup() == null ? "–" : activity.getTargetGroup(),
                activity.getExpectedParticipants() == null ? "–" : activity.getExpectedParticipants()));
        summary.addClassName("secondary");
        return summary;
    }

    private SessionPlan newPlan() {
        return SessionPlan.single(activity.getId(), rooms.size() == 1 ? rooms.getFirst() : null,
                LocalDate.now(clock).plusDays(1), LocalTime.of(19, 0), LocalTime.of(21, 0));
    }

    private void openForm(SessionPlan plan) {
        closeEditor();
        form.edit(plan);
        form.setVisible(true);
        form.room.focus();
    }

    private void showSkipped(Room room, List<Skipped> skipped) {
        skippedPanel.show(skipped, s -> {
            var single = SessionPlan.single(activity.getId(), room, s.startsAt().toLocalDate(),
                    s.startsAt().toLocalTime(), s.endsAt().toLocalTime());
            single.setEndsNextDay(!s.startsAt().toLocalDate().equals(s.endsAt().toLocalDate()));
            openForm(single);
        });
    }

    private void openEditor(ActivitySession row) {
        form.setVisible(false);
        editor.setSession(sessionService.get(row.getId()));
        editor.setVisible(true);
    }

    private void closeEditor() {
        editor.setVisible(false);
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected String titleKey() {
        return "nav.centre.programme";
    }

    @Override
    public String getPageTitle() {
        return activity == null ? super.getPageTitle() : activity.getTitle() + " – " + super.getPageTitle();
    }
}
