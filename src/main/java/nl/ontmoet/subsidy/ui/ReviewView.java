package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.service.ReviewRow;
import nl.ontmoet.subsidy.service.SubsidyApplicationService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The managers' work queue: submitted applications, the longest waiting first. */
@Route("subsidies/review")
@RolesAllowed(Roles.MANAGER)
public class ReviewView extends Main implements HasDynamicTitle {

    final Grid<ReviewRow> grid = new Grid<>();

    ReviewView(SubsidyApplicationService applicationService) {
        addClassName("view");
        grid.setAriaLabel(getTranslation("nav.subsidy.review"));
        grid.setEmptyStateText(getTranslation("subsidy.review.empty"));
        grid.addColumn(r -> SubsidyTexts.day(r.submittedOn())).setHeader(getTranslation("subsidy.submittedOn"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("subsidy.review.days", r.waitingDays()))
                .setHeader(getTranslation("subsidy.review.waiting")).setAutoWidth(true);
        grid.addColumn(ReviewRow::centreName).setHeader(getTranslation("subsidy.centre")).setFlexGrow(1);
        // The title is what a reviewer reads first: it gets the most room, and long texts wrap, never cut.
        grid.addColumn(ReviewRow::title).setHeader(getTranslation("subsidy.title")).setFlexGrow(3);
        grid.addColumn(ReviewRow::schemeName).setHeader(getTranslation("subsidy.scheme")).setFlexGrow(1);
        grid.addColumn(r -> SubsidyTexts.money(r.requested())).setHeader(getTranslation("subsidy.requestedAmount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> applicationService.queue(toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.addClassName("review-grid");
        add(new H2(getTranslation("nav.subsidy.review")), new Paragraph(getTranslation("subsidy.review.intro")),
                grid);
    }

    private void open(ReviewRow row) {
        getUI().ifPresent(ui -> ui.navigate("centres/" + row.centreSlug() + "/subsidies/" + row.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subsidy.review");
    }
}
