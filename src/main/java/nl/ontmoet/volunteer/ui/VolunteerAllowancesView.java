package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.volunteer.service.HoursExportService;
import nl.ontmoet.volunteer.service.NearLimitLine;
import nl.ontmoet.volunteer.service.NearLimitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The allowances overview of a centre: volunteers at or near the year limit (all centres and other organisations
 * together) and the hours export. Coordinators of the centre and admins.
 */
@Route("centres/:centre/volunteer-allowances")
@StyleSheet("context://public/volunteer.css")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class VolunteerAllowancesView extends CentreScopedView {

    private final NearLimitService nearLimitService;
    private final HoursExportService exportService;
    final Select<Integer> year = new Select<>();
    final Paragraph intro = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Grid<NearLimitLine> grid = new Grid<>();
    final H3 overTitle = new H3();
    final Paragraph overIntro = new Paragraph();
    final Grid<NearLimitLine> overGrid = new Grid<>();
    final HorizontalLayout exports = new HorizontalLayout();

    VolunteerAllowancesView(CentreService centreService, NearLimitService nearLimitService,
                            HoursExportService exportService, Clock clock) {
        super(centreService);
        this.nearLimitService = nearLimitService;
        this.exportService = exportService;
        addClassName("volunteer-allowances-view");
        int current = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("volunteer.nearLimit.year"));
        year.setItems(IntStream.rangeClosed(0, 4).mapToObj(i -> current - i).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(current);
        year.addClassName("volunteer-year");

        columns(grid, "volunteer.nearLimit.title");
        grid.addClassName("volunteer-near-limit-grid");
        columns(overGrid, "volunteer.nearLimit.overTitle");
        overGrid.addClassName("volunteer-over-limit-grid");
    }

    private void columns(Grid<NearLimitLine> lines, String ariaKey) {
        lines.addColumn(NearLimitLine::name).setHeader(getTranslation("volunteer.name")).setAutoWidth(true)
                .setFlexGrow(2);
        lines.addColumn(l -> Formats.current().money(l.paidInYear()))
                .setHeader(getTranslation("volunteer.nearLimit.paid")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> Formats.current().money(l.otherInYear()))
                .setHeader(getTranslation("volunteer.nearLimit.other")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addComponentColumn(this::share).setHeader(getTranslation("volunteer.nearLimit.percent")).setAutoWidth(true);
        lines.setAllRowsVisible(true);
        lines.setAriaLabel(getTranslation(ariaKey));
        lines.addItemClickListener(click -> UI.getCurrent().navigate(VolunteersView.class, new RouteParameters(Map.of(
                CENTRE_PARAMETER, centre().getSlug(), VolunteersView.VOLUNTEER_PARAMETER,
                String.valueOf(click.getItem().volunteerId())))));
    }

    @Override
    protected void render(Centre centre) {
        year.addValueChangeListener(change -> refresh(centre));
        add(year, overTitle, overIntro, overGrid, intro, empty, grid,
                new H3(getTranslation("volunteer.export.title")), exports);
        refresh(centre);
    }

    private void refresh(Centre centre) {
        int shown = year.getValue();
        var lines = nearLimitService.nearLimit(centre.getId(), shown);
        intro.setText(getTranslation("volunteer.nearLimit.intro", String.valueOf(shown)));
        var all = lines.orElse(List.of());
        var over = all.stream().filter(NearLimitLine::overLimit).toList();
        var near = all.stream().filter(line -> !line.overLimit()).toList();
        overTitle.setText(getTranslation("volunteer.nearLimit.overTitle"));
        overIntro.setText(getTranslation("volunteer.nearLimit.overIntro", String.valueOf(shown)));
        overGrid.setItems(over);
        overTitle.setVisible(!over.isEmpty());
        overIntro.setVisible(!over.isEmpty());
        overGrid.setVisible(!over.isEmpty());
        grid.setItems(near);
        grid.setVisible(!near.isEmpty());
        empty.setText(lines.isEmpty() ? getTranslation("volunteer.nearLimit.noLimits", String.valueOf(shown))
                : getTranslation("volunteer.nearLimit.none"));
        empty.setVisible(!grid.isVisible());
        exports.removeAll();
        exports.add(Downloads.link(getTranslation("volunteer.export.xlsx", String.valueOf(shown)),
                        () -> exportService.xlsx(centre.getId(), shown)),
                Downloads.link(getTranslation("volunteer.export.csv", String.valueOf(shown)),
                        () -> exportService.csv(centre.getId(), shown)));
    }

    private Span share(NearLimitLine line) {
        if (line.overLimit()) {
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            var badge = new Span(icon, new Span(getTranslation("volunteer.nearLimit.taxable",
                    line.percent().toPlainString().replace('.', ','))));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("volunteer-status-badge");
            return badge;
        }
        var icon = (line.atLimit() ? VaadinIcon.BAN : VaadinIcon.WARNING).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var percent = line.percent().toPlainString().replace('.', ',');
        var badge = new Span(icon, new Span(getTranslation(line.atLimit() ? "volunteer.nearLimit.atLimit"
                : "volunteer.nearLimit.near", percent)));
        badge.getElement().getThemeList().add(line.atLimit() ? "badge error" : "badge contrast");
        badge.addClassName("volunteer-status-badge");
        return badge;
    }

    @Override
    protected String titleKey() {
        return "volunteer.nearLimit.title";
    }
}
