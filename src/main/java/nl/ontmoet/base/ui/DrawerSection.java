package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A block of the drawer that a feature builds itself, such as the centre switcher with the menu of the
 * chosen centre. Sections are shown in {@link #order()}; an empty one is left out.
 */
public interface DrawerSection {

    int order();

    Optional<Component> create();
}
