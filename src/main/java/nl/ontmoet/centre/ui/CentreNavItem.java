package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry of the menu of the chosen centre, contributed as a bean by the feature that owns the view.
 * {@code subPath} is appended to {@code centres/<slug>}, e.g. {@code "rooms"}; empty for the overview.
 */
public record CentreNavItem(int order, String labelKey, VaadinIcon icon, String subPath,
                            Class<? extends Component> view) {

    public String pathFor(String slug) {
        return "centres/" + slug + (subPath.isEmpty() ? "" : "/" + subPath);
    }
}
