package nl.ontmoet.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreView;
import nl.ontmoet.centre.ui.CentresView;

import java.util.List;

/**
 * Where everyone lands after logging in. A coordinator goes straight to their (first) centre; others see
 * the centres they work with.
 */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CentreService centreService;
    private final CurrentUser currentUser;

    HomeView(CentreService centreService, CurrentUser currentUser) {
        this.centreService = centreService;
        this.currentUser = currentUser;
        addClassNames("view", "home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Centre> mine = centreService.myCentres();
        if (currentUser.hasRole(Role.COORDINATOR) && !mine.isEmpty()) {
            event.forwardTo(CentreView.class, new RouteParameters("centre", mine.getFirst().getSlug()));
            return;
        }
        removeAll();
        var me = currentUser.require();
        add(new H2(getTranslation("home.welcome", me.getDisplayName())));
        if (!mine.isEmpty()) {
            add(new Paragraph(getTranslation("home.coachees")));
            var cards = new Div();
            cards.addClassName("card-grid");
            mine.forEach(centre -> cards.add(card(centre)));
            add(cards);
        } else if (me.hasRole(Role.ADMIN) || me.hasRole(Role.MANAGER)) {
            add(new Paragraph(getTranslation("home.allCentres")),
                    new RouterLink(getTranslation("nav.centres"), CentresView.class));
        } else {
            add(new Paragraph(getTranslation("home.nothingYet")));
        }
    }

    private Div card(Centre centre) {
        var link = new RouterLink(centre.getName(), CentreView.class, new RouteParameters("centre", centre.getSlug()));
        var district = new Span(centre.getDistrict());
        district.addClassName("secondary");
        var card = new Div(link, district);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
