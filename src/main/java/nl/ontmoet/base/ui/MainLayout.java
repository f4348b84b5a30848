package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.search.SearchService;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.OntmoetPrincipal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The frame of every screen: drawer with the menu the user's roles allow, title bar, user menu, and a skip link
 * ("Naar de inhoud") as the first stop of the keyboard.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final CurrentUser currentUser;
    private final ViewAccess viewAccess;
    private boolean navigatedBefore;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, ViewAccess viewAccess,
               List<NavItem> navItems, List<DrawerSection> sections, List<NavbarItem> navbarItems,
               SearchService searchService) {
        this.currentUser = currentUser;
        this.viewAccess = viewAccess;
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        var skipLink = new Button(getTranslation("nav.skipToContent"), click -> focusContent(false));
        skipLink.addClassName("skip-link");
        addToNavbar(skipLink, toggle, viewTitle, spacer, createSearch(searchService));
        navbarItems.stream().sorted(Comparator.comparingInt(NavbarItem::order))
                .forEach(item -> item.create().ifPresent(this::addToNavbar));
        addToNavbar(createUserMenu(authenticationContext));

        var drawer = new Div();
        drawer.addClassName("drawer-content");
        drawer.add(createBrand());
        sections.stream().sorted(Comparator.comparingInt(DrawerSection::order))
                .forEach(section -> section.create().ifPresent(drawer::add));
        createGeneralNav(navItems).forEach(drawer::add);
        addToDrawer(new Scroller(drawer));
    }

    private Component createBrand() {
        var logo = new Image("images/logo.svg", "");
        logo.addClassName("brand-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var text = new Div(name, tagline);
        var brand = new Div(logo, text);
        brand.addClassName("brand");
        return brand;
    }

    private List<SideNav> createGeneralNav(List<NavItem> navItems) {
        return navItems.stream()
                .filter(item -> viewAccess.mayOpen(item.view()))
                .collect(Collectors.groupingBy(NavItem::group))
                .entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(group -> {
                    var nav = new SideNav(getTranslation(group.getKey().labelKey()));
                    group.getValue().stream().sorted(Comparator.comparingInt(NavItem::order))
                            .forEach(item -> nav.addItem(new WrappingNavItem(getTranslation(item.labelKey()),
                                    item.path(), item.icon().create())));
                    return nav;
                })
                .toList();
    }

    /** A search button in the title bar, and Ctrl+K (⌘K) anywhere, open the search field. */
    private Component createSearch(SearchService searchService) {
        var dialog = new SearchDialog(searchService);
        var button = new Button(getTranslation("search.button"), VaadinIcon.SEARCH.create(), click -> dialog.openEmpty());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("search-button");
        button.getElement().setAttribute("aria-keyshortcuts", "Control+K");
        button.setTooltipText(getTranslation("search.shortcut"));
        Shortcuts.addShortcutListener(this, dialog::openEmpty, Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, dialog::openEmpty, Key.KEY_K, KeyModifier.META);
        return button;
    }

    private Component createUserMenu(AuthenticationContext authenticationContext) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var principal = currentUser.find();
        String name = principal.map(OntmoetPrincipal::getDisplayName).orElse("");
        var avatar = new Avatar(name);
        avatar.addClassName("user-avatar");
        var label = new Span(name);
        label.addClassName("user-name");
        var chip = new Div(avatar, label);
        chip.addClassName("user-chip");
        var root = menu.addItem(chip);
        root.setAriaLabel(getTranslation("user.menu", name));
        var roles = principal.map(p -> p.getRoles().stream().sorted()
                .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", "))).orElse("");
        var rolesItem = root.getSubMenu().addItem(getTranslation("user.roles", roles));
        rolesItem.setEnabled(false);
        // a route name, not the view class: base does not depend on the account feature
        root.getSubMenu().addItem(getTranslation("user.changePassword"), event -> UI.getCurrent().navigate("account/password"));
        root.getSubMenu().addItem(getTranslation("user.logout"), event -> authenticationContext.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(getTranslation("app.name")));
        if (navigatedBefore) {
            focusContent(true);
        }
        navigatedBefore = true;
    }

    /**
     * After a navigation in the application, focus goes to the new screen instead of staying on the menu item, so
     * that keyboard and screen-reader users start at the content; a field the screen focused itself keeps its focus.
     * A freshly loaded page starts at the top, where the skip link is.
     */
    private void focusContent(boolean unlessFocusedWithin) {
        var content = getContent();
        if (content == null) {
            return;
        }
        content.getElement().setAttribute("tabindex", "-1");
        content.getElement().setAttribute("data-main-content", true);
        content.getElement().executeJs("if (!($0 && this.contains(document.activeElement))) "
                + "this.focus({preventScroll: true})", unlessFocusedWithin);
    }
}
