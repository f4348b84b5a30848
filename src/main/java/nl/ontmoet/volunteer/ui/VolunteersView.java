package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.volunteer.domain.VolunteerRow;
import nl.ontmoet.volunteer.service.LinkConfirmationNeededException;
import nl.ontmoet.volunteer.service.VogService;
import nl.ontmoet.volunteer.service.VolunteerCountService;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerLinkService;
import nl.ontmoet.volunteer.service.VolunteerMatchService;
import nl.ontmoet.volunteer.service.VolunteerPrivacyService;
import nl.ontmoet.volunteer.service.VolunteerService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The volunteer register of a centre; with a volunteer in the address the form shows that volunteer. Only the
 * centre's coordinators and admins open it; for anyone else, and for a volunteer not engaged here, the router shows
 * "not found / no access".
 */
@Route("centres/:centre/volunteers/:volunteer?")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@StyleSheet("context://public/volunteer.css")
public class VolunteersView extends CentreScopedView {

    static final String VOLUNTEER_PARAMETER = "volunteer";

    private final VolunteerService volunteerService;
    private final VolunteerCountService countService;
    private final VogService vogService;
    private final FormErrors formErrors;
    final Grid<VolunteerRow> grid = new Grid<>();
    final VolunteerForm form = new VolunteerForm();
    final Button create = new Button();
    final Button findForActivity = new Button();
    final Span activeCount = new Span();
    final VogOverview vogOverview = new VogOverview();
    final PrivacyActions privacy;
    final LinkRequestsPanel linkRequests;

    VolunteersView(CentreService centreService, VolunteerService volunteerService,
                   VolunteerCountService countService, VolunteerMatchService matchService,
                   VolunteerPrivacyService privacyService, VogService vogService, VolunteerLinkService linkService,
                   FormErrors formErrors, Clock clock) {
        super(centreService);
        this.volunteerService = volunteerService;
        this.countService = countService;
        this.vogService = vogService;
        this.formErrors = formErrors;
        this.linkRequests = new LinkRequestsPanel(linkService, formErrors, clock.getZone());
        this.privacy = new PrivacyActions(privacyService, formErrors, () -> go(null));
        addClassName("volunteers-view");

        grid.addColumn(VolunteerRow::name).setHeader(getTranslation("volunteer.name"))
                .setSortProperty("volunteer.name").setFlexGrow(2);
        grid.addComponentColumn(row -> {
            var badge = new Span(getTranslation("volunteer.status." + row.status().name()));
            badge.getElement().getThemeList().add(switch (row.status()) {
                case ACTIEF -> "badge success";
                case AANMELDING -> "badge";
                case GESTOPT -> "badge contrast";
            });
            return badge;
        }).setHeader(getTranslation("volunteer.status")).setSortProperty("status");
        grid.addColumn(row -> Formats.current().date(row.startDate())).setHeader(getTranslation("volunteer.startDate"))
                .setSortProperty("startDate");
        grid.addColumn(row -> row.tasks() == null ? "" : row.tasks()).setHeader(getTranslation("volunteer.tasks"))
                .setFlexGrow(2);
        grid.setAriaLabel(getTranslation("nav.centre.volunteers"));
        grid.setHeight("18em");
        grid.setMinHeight("18em");
        grid.addItemClickListener(click -> go(click.getItem().volunteerId()));
        vogOverview.onOpen(this::go);

        create.setText(getTranslation("volunteer.new"));
        grid.setEmptyStateText(getTranslation("volunteer.empty"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            var details = new VolunteerDetails();
            details.setStartDate(LocalDate.now(clock));
            privacy.setVisible(false);
            edit(details);
        });
        findForActivity.setText(getTranslation("volunteer.match.open"));
        findForActivity.setIcon(VaadinIcon.SEARCH.create());
        findForActivity.addClickListener(click -> new MatchDialog(matchService, centre().getId(), this::go).open());

        form.addSaveListener(save -> save(save.getBean()));
        form.addCancelListener(cancel -> go(null));
    }

    @Override
    protected void render(Centre centre) {
        volunteerService.requirePersonalData(centre.getId());
        grid.setItems(query -> volunteerService.page(centre.getId(), toSpringPageRequest(query)).stream());
        activeCount.setText(getTranslation("volunteer.activeCount", countService.activeAt(centre.getId())));
        vogOverview.show(vogService.maxAgeYears(), vogService.due(centre.getId()));
        var suggestions = volunteerService.tagSuggestions(centre.getId());
        form.setTagSuggestions(suggestions.skills(), suggestions.interests());
        var selected = routeParameters().getLong(VOLUNTEER_PARAMETER);
        form.setVisible(false);
        privacy.setVisible(false);
        if (selected.isPresent()) {
            // not engaged here or not allowed: RecordNotFoundException, the router shows "not found"
            var details = volunteerService.get(centre.getId(), selected.get());
            edit(details);
            privacy.show(centre.getId(), details);
        }
        var summary = new Div(create, findForActivity, allowancesLink(centre), activeCount);
        summary.addClassName("volunteer-summary");
        linkRequests.show(centre.getId());
        add(summary, linkRequests, grid, vogOverview, form);
        selected.ifPresent(id -> add(VaadinService.getCurrent().getInstantiator()
                .getOrCreate(VolunteerAllowanceSection.class).show(centre.getId(), id)));
        add(privacy);
    }

    private void save(VolunteerDetails details) {
        formErrors.attemptGet(form.getBinder(), () -> saveOrAskToLink(details)).ifPresent(saved -> {
            Notifications.success(getTranslation("volunteer.saved", saved.getName()));
            grid.getDataProvider().refreshAll();
            go(saved.getVolunteerId());
        });
    }

    /** A person already known elsewhere is linked only after the user confirms; nothing is saved until then. */
    private VolunteerDetails saveOrAskToLink(VolunteerDetails details) {
        try {
            return volunteerService.save(centre().getId(), details);
        } catch (LinkConfirmationNeededException known) {
            Dialogs.confirm(getTranslation("volunteer.link.dialog.title"),
                    getTranslation("volunteer.link.dialog.text", known.getArguments()),
                    getTranslation("volunteer.link.dialog.confirm"), () -> {
                        details.setLinkConfirmed(true);
                        save(details);
                    });
            return null;
        }
    }

    private RouterLink allowancesLink(Centre centre) {
        var link = new RouterLink(getTranslation("volunteer.nearLimit.open"), VolunteerAllowancesView.class,
                new RouteParameters(CENTRE_PARAMETER, centre.getSlug()));
        link.addClassName("volunteer-allowances-link");
        return link;
    }

    private void edit(VolunteerDetails details) {
        form.edit(details);
        form.setVisible(true);
        form.focusFirstField();
    }

    private void go(Long volunteerId) {
        var parameters = volunteerId == null
                ? new RouteParameters(Map.of(CENTRE_PARAMETER, centre().getSlug()))
                : new RouteParameters(Map.of(CENTRE_PARAMETER, centre().getSlug(),
                VOLUNTEER_PARAMETER, String.valueOf(volunteerId)));
        UI.getCurrent().navigate(VolunteersView.class, parameters);
    }

    @Override
    protected String titleKey() {
        return "nav.centre.volunteers";
    }
}
