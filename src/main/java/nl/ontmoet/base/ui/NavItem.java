package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry of the side menu, contributed as a bean by the feature that owns the view. The layout shows it
 * only to users who may open {@code view}, so the menu and the view's access rule cannot drift apart.
 *
 * @param group    heading it is listed under: one of {@link NavGroup}
 * @param order    position within the group
 * @param labelKey i18n key of the label
 */
public record NavItem(NavGroup group, int order, String labelKey, VaadinIcon icon, String path,
                      Class<? extends Component> view) {

    public enum NavGroup {
        GENERAL("nav.group.general"),
        MUNICIPALITY("nav.group.municipality"),
        ADMIN("nav.group.admin");

        private final String labelKey;

        NavGroup(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }
}
