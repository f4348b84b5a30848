package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;

/** Termijnen: across all centres, late reports, reports due within 30 days and applications waiting for a decision. */
@Route("subsidies/deadlines")
@RolesAllowed(Roles.MANAGER)
@StyleSheet("context://public/subsidy.css")
public class DeadlinesView extends Main implements HasDynamicTitle {

    final DeadlinesGrid grid = new DeadlinesGrid(true);
    final Paragraph none = new Paragraph();

    DeadlinesView(SubsidyOverviewService overviewService) {
        addClassName("view");
        var rows = overviewService.deadlines();
        grid.show(rows);
        grid.setVisible(!rows.isEmpty());
        none.setText(getTranslation("subsidy.deadlines.none"));
        none.setVisible(rows.isEmpty());
        add(new H2(getTranslation("nav.subsidy.deadlines")),
                new Paragraph(getTranslation("subsidy.deadlines.intro", SubsidyOverviewService.REPORT_WARNING_DAYS)),
                none, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subsidy.deadlines");
    }
}
