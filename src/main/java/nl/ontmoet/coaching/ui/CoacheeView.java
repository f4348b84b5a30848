package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoacheeSummary;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.coaching.service.DevelopmentGoalService;
import nl.ontmoet.coaching.service.SessionRow;

import java.util.List;
import java.util.Map;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** One coachee of the coach: sessions, agreements of both sides and development goals. */
@Route("coaching/coordinators/:coordinator")
@RolesAllowed(Roles.COACH)
@StyleSheet("context://public/coaching.css")
public class CoacheeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "coordinator";

    final Grid<SessionRow> sessions = new Grid<>();
    final Button newSession = new Button();
    final Button newGoal = new Button();
    final GoalForm goalForm = new GoalForm();
    final Dialog goalDialog = new Dialog();
    AgreementGrid agreements;
    GoalList goals;

    private final CoachingSessionService sessionService;
    private final AgreementService agreementService;
    private final DevelopmentGoalService goalService;
    private final FormErrors formErrors;
    private CoacheeSummary coachee;

    CoacheeView(CoachingSessionService sessionService, AgreementService agreementService,
                DevelopmentGoalService goalService, FormErrors formErrors) {
        this.sessionService = sessionService;
        this.agreementService = agreementService;
        this.goalService = goalService;
        this.formErrors = formErrors;
        addClassNames("view", "coachee-view");

        goalDialog.setHeaderTitle(getTranslation("coaching.goal.new"));
        goalDialog.add(goalForm);
        goalDialog.setWidth("40em");
        goalForm.addSaveListener(save -> {
            if (formErrors.attempt(goalForm.getBinder(), () -> goalService.save(save.getBean()))) {
                Notifications.success(getTranslation("coaching.goal.saved"));
                goalDialog.close();
                goals.refresh();
            }
        });
        goalForm.addCancelListener(cancel -> goalDialog.close());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElse(""));
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("Coachee", event.getRouteParameters().get(PARAMETER).orElse(""));
        }
        coachee = sessionService.coachee(id);
        removeAll();
        render();
    }

    private void render() {
        long id = coachee.coordinatorId();
        add(new H2(getTranslation("coaching.coachee.title", coachee.name())));
        if (!coachee.active()) {
            add(new Paragraph(getTranslation("coaching.coachee.ended.text", coachee.name())));
        }
        newSession.setText(getTranslation("coaching.session.new"));
        sessions.setEmptyStateText(getTranslation("coaching.session.emptyCoach"));
        newSession.setIcon(VaadinIcon.PLUS.create());
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSession.setVisible(coachee.active());
        newSession.addClickListener(click -> UI.getCurrent().navigate(SessionView.class,
                new RouteParameters(SessionView.PARAMETER, SessionView.NEW),
                QueryParameters.simple(Map.of(PARAMETER, String.valueOf(id)))));
        newGoal.setText(getTranslation("coaching.goal.new"));
        newGoal.setIcon(VaadinIcon.PLUS.create());
        newGoal.setVisible(coachee.active());
        newGoal.addClickListener(click -> openGoal(goalService.newGoal(id), "coaching.goal.new"));
        add(new HorizontalLayout(newSession, newGoal));

        sessions.addColumn(row -> CoachingTexts.date(this, row.date())).setHeader(getTranslation("coaching.session.date"))
                .setSortProperty("sessionDate").setAutoWidth(true);
        sessions.addColumn(row -> CoachingTexts.label(this, row.form()) + " · " + row.durationMinutes() + " min")
                .setHeader(getTranslation("coaching.session.form")).setAutoWidth(true);
        sessions.addColumn(row -> CoachingTexts.label(this, row.status())).setHeader(getTranslation("coaching.session.status"))
                .setSortProperty("status").setAutoWidth(true);
        sessions.addColumn(row -> CoachingTexts.topics(this, row.topics())).setHeader(getTranslation("coaching.session.topics"))
                .setFlexGrow(2);
        sessions.addColumn(row -> row.summary() == null ? "" : row.summary())
                .setHeader(getTranslation("coaching.session.summary")).setFlexGrow(4);
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.setAriaLabel(getTranslation("coaching.sessions.aria"));
        sessions.setItems(query -> sessionService.sessionsWith(id, toSpringPageRequest(query)).stream());
        sessions.sort(List.of(new GridSortOrder<>(sessions.getColumns().getFirst(), SortDirection.DESCENDING)));
        sessions.addItemClickListener(click -> UI.getCurrent().navigate(SessionView.class,
                new RouteParameters(SessionView.PARAMETER, String.valueOf(click.getItem().id()))));
        sessions.setHeight("20em");

        agreements = new AgreementGrid(false, row -> {
            if (formErrors.attempt(null, () -> agreementService.markDone(row.id(), true))) {
                Notifications.success(getTranslation("coaching.agreement.marked"));
                agreements.show(agreementService.withCoachee(id, false));
            }
        });
        agreements.show(agreementService.withCoachee(id, false));
        goals = new GoalList(goalService, formErrors, false, coachee.active(),
                coachee.active() ? row -> openGoal(goalService.edit(row.id()), "coaching.goal.edit") : null,
                () -> goalService.ofCoachee(id));

        add(new H3(getTranslation("coaching.sessions")), sessions, new H3(getTranslation("coaching.agreements")),
                agreements, new H3(getTranslation("coaching.goals")), goals);
    }

    private void openGoal(DevelopmentGoal goal, String titleKey) {
        goalDialog.setHeaderTitle(getTranslation(titleKey));
        goalForm.edit(goal);
        goalDialog.open();
    }

    @Override
    public String getPageTitle() {
        return coachee == null ? getTranslation("coaching.title")
                : getTranslation("coaching.coachee.title", coachee.name());
    }
}
