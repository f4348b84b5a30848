package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.volunteer.domain.CentreVolunteerCount;
import nl.ontmoet.volunteer.service.VolunteerCountService;

/** Active volunteers per centre for policy officers and admins: counts only, no names. */
@Route("volunteers/overview")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class VolunteersOverviewView extends Main implements HasDynamicTitle {

    final Grid<CentreVolunteerCount> grid = new Grid<>();
    final Paragraph total = new Paragraph();

    VolunteersOverviewView(VolunteerCountService countService) {
        addClassNames("view", "volunteers-overview-view");
        var counts = countService.activePerCentre();
        grid.addColumn(CentreVolunteerCount::centreName).setHeader(getTranslation("volunteer.overview.centre"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(CentreVolunteerCount::active).setHeader(getTranslation("volunteer.overview.active"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1).setSortable(true);
        grid.setAriaLabel(getTranslation("nav.volunteers.overview"));
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("40em");
        grid.setItems(counts);
        total.setText(getTranslation("volunteer.overview.total",
                counts.stream().mapToLong(CentreVolunteerCount::active).sum()));
        add(new Paragraph(getTranslation("volunteer.overview.intro")), grid, total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.volunteers.overview");
    }
}
