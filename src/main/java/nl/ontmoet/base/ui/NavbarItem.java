package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A control of the title bar that a feature builds itself, such as the notification bell; shown before the user
 * menu in {@link #order()}. {@link #create()} is called once per layout, so each UI gets its own component; an
 * empty one is left out.
 */
public interface NavbarItem {

    int order();

    Optional<Component> create();
}
