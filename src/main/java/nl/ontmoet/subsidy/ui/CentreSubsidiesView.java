package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.subsidy.service.ApplicationRow;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The subsidy applications of one centre, with what is due for them (Termijnen) above the list. */
@Route("centres/:centre/subsidies")
@PermitAll
@StyleSheet("context://public/subsidy.css")
public class CentreSubsidiesView extends CentreScopedView {

    private final SubsidyApplicationService applicationService;
    private final SubsidyOverviewService overviewService;
    final Grid<ApplicationRow> grid = new Grid<>();
    final Button newApplication = new Button();
    final DeadlinesGrid deadlines = new DeadlinesGrid(false);

    CentreSubsidiesView(CentreService centreService, SubsidyApplicationService applicationService,
                        SubsidyOverviewService overviewService) {
        super(centreService);
        this.applicationService = applicationService;
        this.overviewService = overviewService;
        grid.setAriaLabel(getTranslation("nav.centre.subsidies"));
        grid.addClassName("applications-grid");
        grid.addColumn(ApplicationRow::title).setHeader(getTranslation("subsidy.title")).setSortProperty("title")
                .setWidth("12em").setFlexGrow(2);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApplicationRow::schemeName).setHeader(getTranslation("subsidy.scheme")).setWidth("12em")
                .setFlexGrow(1);
        grid.addColumn(r -> SubsidyTexts.money(r.requested())).setHeader(getTranslation("subsidy.requestedAmount"))
                .setSortProperty("requestedAmount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(r -> SubsidyTexts.badge(getTranslation(SubsidyTexts.statusKey(r.status())), r.status()))
                .setHeader(getTranslation("subsidy.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(r -> SubsidyTexts.moment(r.submittedAt())).setHeader(getTranslation("subsidy.submittedOn"))
                .setSortProperty("submittedAt").setAutoWidth(true);
        grid.addColumn(r -> SubsidyTexts.money(r.granted())).setHeader(getTranslation("subsidy.grantedAmount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                "centres/" + centre().getSlug() + "/subsidies/" + click.getItem().id())));
        newApplication.setText(getTranslation("subsidy.new"));
        grid.setEmptyStateText(getTranslation("subsidy.empty"));
        newApplication.setIcon(VaadinIcon.PLUS.create());
        newApplication.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newApplication.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                "centres/" + centre().getSlug() + "/subsidies/new")));
    }

    @Override
    protected void render(Centre centre) {
        grid.setItems(query -> applicationService.page(centre.getId(), toSpringPageRequest(query)).stream());
        newApplication.setVisible(applicationService.canApply(centre.getId()));
        add(new H2(getTranslation("subsidy.heading", centre.getName())));
        var due = overviewService.deadlines(centre.getId());
        if (!due.isEmpty()) {
            deadlines.show(due);
            add(new H3(getTranslation("subsidy.deadlines")), deadlines);
        }
        add(new H3(getTranslation("subsidy.applications")), newApplication, grid);
    }

    @Override
    protected String titleKey() {
        return "nav.centre.subsidies";
    }
}
