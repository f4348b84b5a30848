package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.service.ActivityService;
import nl.ontmoet.programme.service.AttendanceService;
import nl.ontmoet.programme.service.AttendanceTotal;

import java.time.YearMonth;
import java.util.Map;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The activities of a centre; its coordinators add, edit and archive them and plan their sessions. */
@Route("centres/:centre/programme")
@PermitAll
// under /public/ because the security configuration serves only that folder (and a few others) to every user
@StyleSheet("context://public/programme.css")
public class ProgrammeView extends CentreScopedView {

    private final ActivityService activityService;
    private final AttendanceService attendanceService;
    private final FormErrors formErrors;
    final Grid<Activity> grid = new Grid<>();
    final ActivityForm form = new ActivityForm();
    final Button create = new Button();
    final TextField search = new TextField();
    final Checkbox withArchived = new Checkbox();
    final Grid<AttendanceTotal> totals = new Grid<>();

    ProgrammeView(CentreService centreService, ActivityService activityService, AttendanceService attendanceService,
                  FormErrors formErrors) {
        super(centreService);
        this.activityService = activityService;
        this.attendanceService = attendanceService;
        this.formErrors = formErrors;
        addClassName("programme-view");

        grid.addColumn(Activity::getTitle).setHeader(getTranslation("activity.title")).setSortProperty("title")
                .setFlexGrow(2);
        grid.addComponentColumn(a -> ProgrammeLabels.typeBadge(this, a.getType()))
                .setHeader(getTranslation("activity.type")).setSortProperty("type").setAutoWidth(true);
        grid.addColumn(Activity::getTargetGroup).setHeader(getTranslation("activity.targetGroup"))
                .setSortProperty("targetGroup");
        grid.addColumn(a -> getTranslation(a.isPublicListed() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("activity.publicShort")).setSortProperty("publicListed").setAutoWidth(true);
        grid.addColumn(a -> a.isArchived() ? getTranslation("activity.archived") : "")
                .setHeader(getTranslation("activity.status")).setSortProperty("archived").setAutoWidth(true);
        grid.addComponentColumn(a -> new RouterLink(getTranslation("activity.sessionsLink"), ActivityView.class,
                        new RouteParameters(Map.of(CENTRE_PARAMETER, centre().getSlug(),
                                ActivityView.ACTIVITY_PARAMETER, String.valueOf(a.getId())))))
                .setHeader(getTranslation("activity.sessions")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.centre.programme"));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        search.setLabel(getTranslation("activity.search"));
        search.setPlaceholder(getTranslation("activity.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        withArchived.setLabel(getTranslation("activity.withArchived"));
        withArchived.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        create.setText(getTranslation("activity.new"));
        grid.setEmptyStateText(getTranslation("activity.empty"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            grid.asSingleSelect().clear();
            edit(activityService.newActivity(centre().getId()));
        });

        totals.addColumn(t -> Formats.current().month(YearMonth.of(t.year(), t.month())))
                .setHeader(getTranslation("attendance.month"));
        totals.addColumn(AttendanceTotal::activity).setHeader(getTranslation("activity.title")).setFlexGrow(2);
        totals.addColumn(AttendanceTotal::sessions).setHeader(getTranslation("attendance.sessions"));
        totals.addColumn(AttendanceTotal::visitors).setHeader(getTranslation("attendance.visitors"));
        totals.addColumn(AttendanceTotal::newVisitors).setHeader(getTranslation("attendance.newVisitors"));
        totals.setAriaLabel(getTranslation("attendance.totals"));
        totals.setAllRowsVisible(true);

        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> activityService.save(save.getBean()))) {
                Notifications.success(getTranslation("activity.saved", save.getBean().getTitle()));
                closeForm();
            }
        });
        form.addDeleteListener(delete -> confirmRemove(delete.getBean()));
        form.addCancelListener(cancel -> closeForm());
    }

    @Override
    protected void render(Centre centre) {
        boolean manageable = activityService.canManage(centre.getId());
        grid.setItems(query -> activityService.page(centre.getId(), withArchived.getValue(), search.getValue(),
                toSpringPageRequest(query)).stream());
        create.setVisible(manageable);
        grid.setSelectionMode(manageable ? Grid.SelectionMode.SINGLE : Grid.SelectionMode.NONE);
        form.setVisible(false);
        var heading = new H2(getTranslation("programme.heading", centre.getName()));
        var toolbar = new HorizontalLayout(search, withArchived, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        var content = new Div(grid, form);
        content.addClassName("list-with-form");
        var calendarLink = new RouterLink(getTranslation("programme.calendarLink"), CalendarView.class,
                new RouteParameters(CENTRE_PARAMETER, centre.getSlug()));
        var feed = new Anchor("/public/centres/" + centre.getSlug() + "/programme.ics",
                getTranslation("programme.feedLink"));
        var print = new Anchor("/public/centres/" + centre.getSlug() + "/programme.html",
                getTranslation("programme.printLink"));
        print.setTarget("_blank");
        var links = new HorizontalLayout(calendarLink, feed, print);
        totals.setItems(attendanceService.attendanceTotals(centre.getId()));
        var attendance = new Details(getTranslation("attendance.totals"), totals);
        add(heading, links, toolbar, content, attendance);
    }

    private void edit(Activity activity) {
        if (activity == null) {
            form.setVisible(false);
            return;
        }
        form.edit(activity);
        form.setVisible(true);
        form.focusFirstField();
    }

    private void confirmRemove(Activity activity) {
        Dialogs.confirmDanger(getTranslation("activity.remove.title", activity.getTitle()),
                getTranslation("activity.remove.text"), getTranslation("activity.remove"), () ->
                        formErrors.attemptGet(form.getBinder(), () -> activityService.remove(activity.getId()))
                                .ifPresent(archived -> {
                                    Notifications.success(getTranslation(
                                            archived ? "activity.archivedDone" : "activity.deleted", activity.getTitle()));
                                    closeForm();
                                }));
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected String titleKey() {
        return "nav.centre.programme";
    }
}
