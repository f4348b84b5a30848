package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.coaching.service.AgreementRow;
import nl.ontmoet.coaching.service.AgreementService;
import nl.ontmoet.coaching.service.CoacheeSummary;
import nl.ontmoet.coaching.service.CoachingPortfolioService;
import nl.ontmoet.coaching.service.CoachingSessionService;
import nl.ontmoet.coaching.service.DevelopmentGoalService;
import nl.ontmoet.coaching.service.SessionRow;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The start of coaching. A coach sees their coachees with last and next session and what is open; a coordinator
 * sees their own development as a timeline: sessions (summaries), agreements and goals, and exports it as PDF.
 */
@Route("coaching")
@RolesAllowed({Roles.COACH, Roles.COORDINATOR})
@StyleSheet("context://public/coaching.css")
public class CoachingView extends Main implements HasDynamicTitle {

    final Grid<CoacheeSummary> coachees = new Grid<>();
    final Grid<SessionRow> sessions = new Grid<>();
    final Button newSession = new Button();
    AgreementGrid agreements;
    GoalList goals;
    Anchor pdf;

    private final CoachingSessionService sessionService;
    private final AgreementService agreementService;
    private final FormErrors formErrors;

    CoachingView(CoachingSessionService sessionService, AgreementService agreementService,
                 DevelopmentGoalService goalService, CoachingPortfolioService portfolio, CurrentUser currentUser,
                 FormErrors formErrors) {
        this.sessionService = sessionService;
        this.agreementService = agreementService;
        this.formErrors = formErrors;
        addClassNames("view", "coaching-view");
        boolean coach = currentUser.hasRole(Role.COACH);
        if (coach) {
            addCoachOverview();
        }
        if (currentUser.hasRole(Role.COORDINATOR)) {
            addTimeline(goalService, portfolio);
        }
    }

    private void addCoachOverview() {
        newSession.setText(getTranslation("coaching.session.new"));
        newSession.setIcon(VaadinIcon.PLUS.create());
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSession.addClickListener(click -> UI.getCurrent().navigate(SessionView.class,
                new RouteParameters(SessionView.PARAMETER, SessionView.NEW)));
        newSession.setEnabled(!sessionService.activeCoachees().isEmpty());

        coachees.addComponentColumn(c -> {
            var open = new Button(c.name(), click -> UI.getCurrent().navigate(CoacheeView.class,
                    new RouteParameters(CoacheeView.PARAMETER, String.valueOf(c.coordinatorId()))));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("coaching.coachee.open.aria", c.name()));
            return open;
        }).setHeader(getTranslation("coaching.coachee.name")).setFlexGrow(2);
        coachees.addComponentColumn(c -> CoachingTexts.badge(getTranslation(c.active()
                ? "coaching.coachee.active" : "coaching.coachee.ended"), c.active() ? "success" : "contrast"))
                .setHeader(getTranslation("coaching.coachee.assignment")).setAutoWidth(true);
        coachees.addColumn(c -> CoachingTexts.date(this, c.lastSession()))
                .setHeader(getTranslation("coaching.coachee.lastSession")).setAutoWidth(true);
        coachees.addColumn(c -> CoachingTexts.date(this, c.nextSession()))
                .setHeader(getTranslation("coaching.coachee.nextSession")).setAutoWidth(true);
        coachees.addColumn(CoacheeSummary::openAgreements).setHeader(getTranslation("coaching.coachee.openAgreements"))
                .setAutoWidth(true);
        coachees.addColumn(CoacheeSummary::activeGoals).setHeader(getTranslation("coaching.coachee.activeGoals"))
                .setAutoWidth(true);
        coachees.setAriaLabel(getTranslation("coaching.coach.coachees"));
        coachees.setEmptyStateText(getTranslation("coaching.coach.noCoachees"));
        coachees.setAllRowsVisible(true);
        var list = sessionService.coachees();
        coachees.setItems(list);

        var openAgreements = new AgreementGrid(true, this::markDone);
        openAgreements.show(agreementService.open());
        this.agreements = openAgreements;

        add(new H2(getTranslation("coaching.coach.coachees")), newSession);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.coach.coachees.empty")));
        }
        add(coachees, new H3(getTranslation("coaching.agreements.open")), openAgreements);
    }

    private void addTimeline(DevelopmentGoalService goalService, CoachingPortfolioService portfolio) {
        var locale = getLocale();
        pdf = new Anchor(Downloads.handler(() -> new DownloadFile("ontwikkelportfolio.pdf", DownloadFile.PDF,
                portfolio.myPortfolioPdf(key -> getTranslation(locale, key),
                        value -> getTranslation(locale, CoachingTexts.key(value))))),
                getTranslation("coaching.pdf.download"));
        pdf.addClassName("portfolio-download");

        sessions.addColumn(row -> CoachingTexts.date(this, row.date())).setHeader(getTranslation("coaching.session.date"))
                .setSortProperty("sessionDate").setAutoWidth(true);
        sessions.addColumn(row -> CoachingTexts.label(this, row.form()) + " · " + row.durationMinutes() + " min")
                .setHeader(getTranslation("coaching.session.form")).setAutoWidth(true);
        sessions.addColumn(row -> CoachingTexts.label(this, row.status()))
                .setHeader(getTranslation("coaching.session.status")).setSortProperty("status").setAutoWidth(true);
        sessions.addColumn(row -> CoachingTexts.topics(this, row.topics()))
                .setHeader(getTranslation("coaching.session.topics")).setFlexGrow(2);
        sessions.addColumn(row -> row.summary() == null ? "" : row.summary())
                .setHeader(getTranslation("coaching.session.summary")).setFlexGrow(4);
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.setAriaLabel(getTranslation("coaching.sessions.aria"));
        sessions.setEmptyStateText(getTranslation("coaching.session.emptyCoordinator"));
        sessions.setItems(query -> sessionService.mySessions(toSpringPageRequest(query)).stream());
        sessions.setMultiSort(false);
        sessions.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(sessions.getColumns().getFirst(),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        sessions.addItemClickListener(click -> UI.getCurrent().navigate(SessionView.class,
                new RouteParameters(SessionView.PARAMETER, String.valueOf(click.getItem().id()))));
        sessions.setHeight("22em");

        var mine = new AgreementGrid(false, this::markDone);
        mine.show(agreementService.mine(false));
        agreements = mine;
        goals = new GoalList(goalService, formErrors, true, true, null, goalService::mine);

        add(new H2(getTranslation("coaching.timeline")), new Paragraph(getTranslation("coaching.timeline.intro")), pdf,
                new H3(getTranslation("coaching.sessions")), sessions,
                new H3(getTranslation("coaching.agreements")), mine,
                new H3(getTranslation("coaching.goals")), goals);
    }

    private void markDone(AgreementRow row) {
        if (formErrors.attempt(null, () -> agreementService.markDone(row.id(), true))) {
            Notifications.success(getTranslation("coaching.agreement.marked"));
            agreements.show(agreementsForReader());
        }
    }

    private java.util.List<AgreementRow> agreementsForReader() {
        return goals != null ? agreementService.mine(false) : agreementService.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.title");
    }
}
