package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.volunteer.domain.CentreVolunteerCount;
import nl.ontmoet.volunteer.service.HoursExportService;
import nl.ontmoet.volunteer.service.VolunteerCountService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * Active volunteers per centre for policy officers and admins, and the volunteer hours of all centres per activity
 * and month for the municipality's reports: counts and sums only, no names.
 */
@Route("volunteers/overview")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@StyleSheet("context://public/volunteer.css")
public class VolunteersOverviewView extends Main implements HasDynamicTitle {

    final Grid<CentreVolunteerCount> grid = new Grid<>();
    final Paragraph total = new Paragraph();
    final Select<Integer> year = new Select<>();
    final HorizontalLayout exports = new HorizontalLayout();

    VolunteersOverviewView(VolunteerCountService countService, HoursExportService exportService, Clock clock) {
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

        int current = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("volunteer.nearLimit.year"));
        year.setItems(IntStream.rangeClosed(0, 4).mapToObj(i -> current - i).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.addClassName("volunteer-year");
        year.addValueChangeListener(change -> showExports(exportService, change.getValue()));
        year.setValue(current);
        exports.setAlignItems(Alignment.BASELINE);
        add(new H3(getTranslation("volunteer.export.allCentres")), year, exports);
    }

    private void showExports(HoursExportService exportService, int shown) {
        exports.removeAll();
        exports.add(Downloads.link(getTranslation("volunteer.export.xlsx", String.valueOf(shown)),
                        () -> exportService.xlsxAllCentres(shown)),
                Downloads.link(getTranslation("volunteer.export.csv", String.valueOf(shown)),
                        () -> exportService.csvAllCentres(shown)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.volunteers.overview");
    }
}
