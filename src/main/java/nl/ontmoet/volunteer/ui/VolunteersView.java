package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.volunteer.domain.VolunteerRow;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The volunteer register of a centre; with a volunteer in the address the form shows that volunteer. Only the
 * centre's coordinators and admins see it; a volunteer not engaged here is "not found".
 */
@Route("centres/:centre/volunteers/:volunteer?")
@StyleSheet("context://public/volunteer.css")
@PermitAll
public class VolunteersView extends CentreScopedView {

    private static final java.time.format.DateTimeFormatter DUTCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

    static final String VOLUNTEER_PARAMETER = "volunteer";

    private final VolunteerService volunteerService;
    private final FormErrors formErrors;
    private final Clock clock;
    final Grid<VolunteerRow> grid = new Grid<>();
    final VolunteerForm form = new VolunteerForm();
    final Button create = new Button();
    final Paragraph noAccess = new Paragraph();

    VolunteersView(CentreService centreService, VolunteerService volunteerService, FormErrors formErrors,
                   Clock clock) {
        super(centreService);
        this.volunteerService = volunteerService;
        this.formErrors = formErrors;
        this.clock = clock;
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
        grid.addColumn(row -> DUTCH_DATE.format(row.startDate())).setHeader(getTranslation("volunteer.startDate"))
                .setSortProperty("startDate");
        grid.addColumn(row -> row.tasks() == null ? "" : row.tasks()).setHeader(getTranslation("volunteer.tasks"))
                .setFlexGrow(2);
        grid.setAriaLabel(getTranslation("nav.centre.volunteers"));
        grid.setHeight("18em");
        grid.setMinHeight("18em");
        grid.addItemClickListener(click -> go(click.getItem().volunteerId()));

        create.setText(getTranslation("volunteer.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            var details = new VolunteerDetails();
            details.setStartDate(LocalDate.now(this.clock));
            edit(details);
        });

        form.addSaveListener(save -> {
            var saved = new VolunteerDetails[1];
            if (formErrors.attempt(form.getBinder(),
                    () -> saved[0] = volunteerService.save(centre().getId(), save.getBean()))) {
                Notifications.success(getTranslation("volunteer.saved", saved[0].getName()));
                grid.getDataProvider().refreshAll();
                go(saved[0].getVolunteerId());
            }
        });
        form.addCancelListener(cancel -> go(null));
        noAccess.setText(getTranslation("volunteer.noAccess"));
    }

    @Override
    protected void render(Centre centre) {
        if (!volunteerService.canSeePersonalData(centre.getId())) {
            add(noAccess);
            return;
        }
        grid.setItems(query -> volunteerService.page(centre.getId(), toSpringPageRequest(query)).stream());
        var selected = routeParameters().getLong(VOLUNTEER_PARAMETER);
        form.setVisible(false);
        if (selected.isPresent()) {
            // not engaged here or not allowed: RecordNotFoundException, the router shows "not found"
            edit(volunteerService.get(centre.getId(), selected.get()));
        }
        var actions = new HorizontalLayout(create, allowancesLink(centre));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(actions, grid, form);
        selected.ifPresent(id -> add(VaadinService.getCurrent().getInstantiator()
                .getOrCreate(VolunteerAllowanceSection.class).show(centre.getId(), id)));
    }

    private RouterLink allowancesLink(Centre centre) {
        var link = new RouterLink(getTranslation("volunteer.nearLimit.open"), VolunteerAllowancesView.class,
                new RouteParameters(CENTRE_PARAMETER, centre.getSlug()));
        link.addClassName("volunteer-allowances-link");
        return link;
    }

    private void edit(VolunteerDetails details) {
        form.setDetails(details);
        form.setVisible(true);
        form.name.focus();
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
