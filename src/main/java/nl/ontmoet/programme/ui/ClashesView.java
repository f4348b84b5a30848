package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.programme.service.ProgrammeCalendarService;
import nl.ontmoet.programme.service.ProgrammeCalendarService.Clash;

/** Participation evenings that overlap across centres, from today on: for policy officers to coordinate. */
@Route("programme/clashes")
@RolesAllowed(Roles.MANAGER)
public class ClashesView extends Main implements HasDynamicTitle {

    final Grid<Clash> grid = new Grid<>();

    ClashesView(ProgrammeCalendarService calendarService) {
        addClassName("view");
        grid.addColumn(c -> ProgrammeLabels.span(c.startsAt(), c.endsAt())).setHeader(getTranslation("clash.when"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.title() + " (" + c.centre() + ")").setHeader(getTranslation("clash.evening"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.otherTitle() + " (" + c.otherCentre() + ")")
                .setHeader(getTranslation("clash.otherEvening")).setFlexGrow(2);
        grid.addColumn(c -> ProgrammeLabels.span(c.otherStartsAt(), c.otherEndsAt()))
                .setHeader(getTranslation("clash.otherWhen")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.programme.clashes"));
        var clashes = calendarService.participationClashes();
        grid.setItems(clashes);
        add(new H2(getTranslation("nav.programme.clashes")), new Paragraph(getTranslation("clash.intro")), grid);
        if (clashes.isEmpty()) {
            add(new Paragraph(getTranslation("clash.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programme.clashes");
    }
}
