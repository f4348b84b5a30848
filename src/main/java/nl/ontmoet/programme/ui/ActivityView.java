package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.RoomService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.service.ActivityService;
import nl.ontmoet.programme.service.PlanResult;
import nl.ontmoet.programme.service.SessionPlan;
import nl.ontmoet.programme.service.SessionService;
import nl.ontmoet.programme.service.Skipped;
import nl.ontmoet.programme.service.Warning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
    private final FormErrors formErrors;
    private final Clock clock;
    final Grid<ActivitySession> grid = new Grid<>();
    final SessionForm form = new SessionForm();
    final SessionEditor editor = new SessionEditor();
    final Button planButton = new Button();
    final Div skippedPanel = new Div();
    final H2 heading = new H2();
    private Activity activity;
    private List<Room> rooms = List.of();

    ActivityView(CentreService centreService, ActivityService activityService, SessionService sessionService,
                 RoomService roomService, FormErrors formErrors, Clock clock) {
        super(centreService);
        this.activityService = activityService;
        this.sessionService = sessionService;
        this.roomService = roomService;
        this.formErrors = formErrors;
        this.clock = clock;
        addClassName("activity-view");

        grid.addColumn(s -> ProgrammeLabels.span(s.getStartsAt(), s.getEndsAt()))
                .setHeader(getTranslation("session.when")).setSortProperty("startsAt").setAutoWidth(true);
        grid.addColumn(s -> s.getRoom().getName()).setHeader(getTranslation("session.room"))
                .setSortProperty("room.name");
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("session.status"))
                .setSortProperty("cancelled").setAutoWidth(true);
        grid.addColumn(s -> s.getVisitors() == null ? "" : String.valueOf(s.getVisitors()))
                .setHeader(getTranslation("attendance.visitors")).setSortProperty("visitors").setAutoWidth(true);
        grid.setAriaLabel(getTranslation("activity.sessions"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                openEditor(change.getValue());
            }
        });

        planButton.setText(getTranslation("session.plan"));
        planButton.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        planButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planButton.addClickListener(click -> openForm(newPlan()));

        skippedPanel.addClassName("skipped-panel");
        skippedPanel.setVisible(false);
        skippedPanel.getElement().setAttribute("role", "region");
        skippedPanel.getElement().setAttribute("aria-live", "polite");

        form.addSaveListener(save -> checkAndPlan(save.getBean()));
        form.addCancelListener(cancel -> form.setVisible(false));
        editor.move.addClickListener(click -> moveSession());
        editor.cancelSession.addClickListener(click -> cancelSession());
        editor.saveAttendance.addClickListener(click -> saveAttendance());
        editor.endSeries.addClickListener(click -> confirmEndSeries());
        editor.changeRest.addClickListener(click -> changeRestOfSeries());
        editor.close.addClickListener(click -> closeEditor());
    }

    @Override
    protected void render(Centre centre) {
        // the activity is read in afterNavigation, once its route parameter is known
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String id = event.getRouteParameters().get(ACTIVITY_PARAMETER).orElse("");
        try {
            activity = activityService.get(Long.parseLong(id));
            if (!activity.getCentre().getId().equals(centre().getId())) {
                throw new RecordNotFoundException("Activity", id);
            }
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

        heading.setText(activity.getTitle());
        var title = new HorizontalLayout(heading, ProgrammeLabels.typeBadge(this, activity.getType()));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        var back = new RouterLink(getTranslation("activity.backToProgramme"), ProgrammeView.class,
                new RouteParameters(CENTRE_PARAMETER, centre().getSlug()));
        var calendar = new RouterLink(getTranslation("programme.calendarLink"), CalendarView.class,
                new RouteParameters(CENTRE_PARAMETER, centre().getSlug()));
        var summary = new Paragraph(getTranslation("activity.summary",
                ProgrammeLabels.organiser(this, activity.getOrganiserKind()),
                activity.getTargetGroup() == null ? "–" : activity.getTargetGroup(),
                activity.getExpectedParticipants() == null ? "–" : activity.getExpectedParticipants()));
        summary.addClassName("secondary");
        var content = new Div(grid, form, editor);
        content.addClassName("list-with-form");
        removeAll();
        add(new HorizontalLayout(back, calendar), title, summary, new HorizontalLayout(planButton), skippedPanel, content);
        if (activity.isArchived()) {
            add(new Paragraph(getTranslation("activity.archivedNotice")));
        }
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

    private SessionPlan newPlan() {
        var plan = new SessionPlan(activity.getId());
        plan.setDate(LocalDate.now(clock).plusDays(1));
        plan.setStartTime(java.time.LocalTime.of(19, 0));
        plan.setEndTime(java.time.LocalTime.of(21, 0));
        if (rooms.size() == 1) {
            plan.setRoom(rooms.getFirst());
        }
        return plan;
    }

    private void openForm(SessionPlan plan) {
        closeEditor();
        form.setPlan(plan);
        form.setVisible(true);
        form.room.focus();
    }

    private void checkAndPlan(SessionPlan plan) {
        List<Warning>[] warnings = new List[1];
        if (!formErrors.attempt(form.getBinder(), () -> warnings[0] = sessionService.warnings(plan))) {
            return;
        }
        if (warnings[0].isEmpty()) {
            doPlan(plan);
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("session.warning.title"));
        var list = new UnorderedList();
        warnings[0].forEach(w -> list.add(new ListItem(getTranslation(w.messageKey(), w.args()))));
        dialog.setText(new Div(list, new Paragraph(getTranslation("session.warning.question"))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("session.warning.confirm"));
        dialog.addConfirmListener(confirm -> doPlan(plan));
        dialog.open();
    }

    private void doPlan(SessionPlan plan) {
        PlanResult[] result = new PlanResult[1];
        if (!formErrors.attempt(form.getBinder(), () -> result[0] = sessionService.plan(plan))) {
            return;
        }
        Notifications.success(getTranslation("session.planned", result[0].created()));
        form.setVisible(false);
        showSkipped(plan.getRoom(), result[0].skipped());
        grid.getDataProvider().refreshAll();
    }

    private void showSkipped(Room room, List<Skipped> skipped) {
        skippedPanel.removeAll();
        skippedPanel.setVisible(!skipped.isEmpty());
        if (skipped.isEmpty()) {
            return;
        }
        skippedPanel.add(new H3(getTranslation("series.skipped.title", skipped.size())),
                new Paragraph(getTranslation("series.skipped.help")));
        var list = new UnorderedList();
        for (Skipped s : skipped) {
            var text = new Span(getTranslation("series.skipped." + s.reason().name(),
                    ProgrammeLabels.span(s.startsAt(), s.endsAt()), s.detail()));
            var readd = new Button(getTranslation("series.skipped.readd"));
            readd.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            readd.setAriaLabel(getTranslation("series.skipped.readdFor", ProgrammeLabels.span(s.startsAt(), s.endsAt())));
            readd.addClickListener(click -> {
                var single = SessionPlan.single(activity.getId(), room, s.startsAt().toLocalDate(),
                        s.startsAt().toLocalTime(), s.endsAt().toLocalTime());
                single.setEndsNextDay(!s.startsAt().toLocalDate().equals(s.endsAt().toLocalDate()));
                openForm(single);
            });
            list.add(new ListItem(text, readd));
        }
        var hide = new Button(getTranslation("series.skipped.hide"), click -> skippedPanel.setVisible(false));
        hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skippedPanel.add(list, hide);
    }

    private void openEditor(ActivitySession row) {
        form.setVisible(false);
        editor.setSession(sessionService.get(row.getId()));
        editor.setVisible(true);
    }

    private void moveSession() {
        var values = editor.values();
        if (values == null || values.getRoom() == null) {
            return;
        }
        var session = editor.getSession();
        if (formErrors.attempt(editor.getBinder(), () -> sessionService.move(session.getId(), session.getVersion(),
                values.getDate(), values.getStartTime(), values.getEndTime(), values.isEndsNextDay(),
                values.getRoom().getId()))) {
            Notifications.success(getTranslation("session.moved"));
            closeEditor();
        }
    }

    private void cancelSession() {
        var values = editor.values();
        if (values == null) {
            return;
        }
        var session = editor.getSession();
        if (formErrors.attempt(editor.getBinder(),
                () -> sessionService.cancel(session.getId(), session.getVersion(), values.getReason()))) {
            Notifications.success(getTranslation("session.cancelled"));
            closeEditor();
        }
    }

    private void saveAttendance() {
        var values = editor.values();
        if (values == null) {
            return;
        }
        var session = editor.getSession();
        if (formErrors.attempt(editor.getBinder(), () -> sessionService.recordAttendance(session.getId(),
                session.getVersion(), values.getVisitors(), values.getNewVisitors()))) {
            Notifications.success(getTranslation("attendance.saved"));
            closeEditor();
        }
    }

    /** The time and room in the editor become those of this session and every later one of its series. */
    private void changeRestOfSeries() {
        var values = editor.values();
        if (values == null || values.getRoom() == null) {
            return;
        }
        var session = editor.getSession();
        PlanResult[] result = new PlanResult[1];
        if (formErrors.attempt(editor.getBinder(), () -> result[0] = sessionService.changeRest(
                session.getSeries().getId(), session.getStartsAt().toLocalDate(), values.getStartTime(),
                values.getEndTime(), values.isEndsNextDay(), values.getRoom()))) {
            Notifications.success(getTranslation("series.changed", result[0].created()));
            closeEditor();
            showSkipped(values.getRoom(), result[0].skipped());
        }
    }

    private void confirmEndSeries() {
        var session = editor.getSession();
        LocalDate from = session.getStartsAt().toLocalDate();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("series.end.title"));
        dialog.setText(getTranslation("series.end.text", Formats.current().dayLabel(from)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("series.endFromHere"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            int[] removed = new int[1];
            if (formErrors.attempt(editor.getBinder(),
                    () -> removed[0] = sessionService.endSeries(session.getSeries().getId(), from))) {
                Notifications.success(getTranslation("series.ended", removed[0]));
                closeEditor();
            }
        });
        dialog.open();
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

    Map<String, String> routeFor(long activityId) {
        return Map.of(CENTRE_PARAMETER, centre().getSlug(), ACTIVITY_PARAMETER, String.valueOf(activityId));
    }
}
