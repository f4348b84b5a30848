package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.ui.DrawerSection;
import nl.ontmoet.base.ui.ViewAccess;
import nl.ontmoet.base.ui.WrappingNavItem;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The top of the drawer: which centre you are working on (a switcher when you have several) and the
 * menu of that centre. Switching keeps you on the same kind of screen for the other centre.
 */
@org.springframework.stereotype.Component
class CentreDrawerSection implements DrawerSection {

    private final CentreService centreService;
    private final List<CentreNavItem> items;
    private final CurrentUser currentUser;
    private final ViewAccess viewAccess;

    CentreDrawerSection(CentreService centreService, List<CentreNavItem> items, CurrentUser currentUser,
                        ViewAccess viewAccess) {
        this.centreService = centreService;
        this.items = items.stream().sorted(Comparator.comparingInt(CentreNavItem::order)).toList();
        this.currentUser = currentUser;
        this.viewAccess = viewAccess;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> create() {
        // no centre menu until an admin-set password is replaced: the services would refuse to list the centres
        return currentUser.find().filter(principal -> !principal.mustChangePassword()).isPresent()
                ? Optional.of(new CentreNav()) : Optional.empty();
    }

    private class CentreNav extends Div implements AfterNavigationObserver {

        private final List<Centre> myCentres = centreService.myCentres();
        private final Optional<Centre> lastUsed = centreService.lastUsed();

        CentreNav() {
            addClassName("centre-nav");
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            removeAll();
            // this session's centre, else the one the user opened last (also what their start page shows)
            var centre = event.getRouteParameters().get("centre").flatMap(this::visible)
                    .or(() -> CurrentCentre.get().flatMap(this::visible))
                    .or(() -> lastUsed)
                    .or(() -> myCentres.stream().findFirst());
            setVisible(centre.isPresent());
            centre.ifPresent(c -> {
                CurrentCentre.remember(c.getSlug());
                add(createSwitcher(c));
                add(createMenu(c.getSlug()));
            });
        }

        private Optional<Centre> visible(String slug) {
            var own = myCentres.stream().filter(c -> c.getSlug().equals(slug)).findFirst();
            if (own.isPresent()) {
                return own;
            }
            try {
                return Optional.of(centreService.get(slug));
            } catch (RuntimeException notVisible) {
                return Optional.empty();
            }
        }

        private Component createSwitcher(Centre current) {
            if (myCentres.size() > 1 && myCentres.contains(current)) {
                var select = new Select<Centre>();
                select.setLabel(getTranslation("centre.switcher"));
                select.setItems(myCentres);
                select.setItemLabelGenerator(Centre::getName);
                select.setValue(current);
                select.addClassName("centre-switcher");
                select.addValueChangeListener(change -> {
                    if (change.isFromClient() && change.getValue() != null) {
                        UI.getCurrent().navigate(samePageFor(change.getValue().getSlug()));
                    }
                });
                return select;
            }
            var label = new Span(getTranslation("centre.switcher"));
            label.addClassName("centre-label");
            var value = new Span(current.getName());
            value.addClassName("centre-name");
            var block = new Div(label, value);
            block.addClassName("centre-current");
            return block;
        }

        private String samePageFor(String otherSlug) {
            String path = UI.getCurrent().getActiveViewLocation().getPath();
            return path.matches("centres/[^/]+(/.*)?") ? path.replaceFirst("centres/[^/]+", "centres/" + otherSlug)
                    : "centres/" + otherSlug;
        }

        private SideNav createMenu(String slug) {
            var nav = new SideNav();
            nav.setLabel(getTranslation("nav.group.centre"));
            items.stream()
                    .filter(item -> viewAccess.mayOpen(item.view()))
                    .forEach(item -> nav.addItem(new WrappingNavItem(getTranslation(item.labelKey()),
                            item.pathFor(slug), item.icon().create())));
            return nav;
        }
    }
}
