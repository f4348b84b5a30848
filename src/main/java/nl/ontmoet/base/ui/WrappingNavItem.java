package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * A menu entry whose label wraps onto a second line instead of being cut off ("Programmakalender ge…"): the side
 * nav keeps a plain label on one line, so the label is a span of its own that may wrap.
 */
public class WrappingNavItem extends SideNavItem {

    private final String text;

    public WrappingNavItem(String label, String path, Component icon) {
        super(null, path, icon);
        this.text = label;
        var span = new Span(label);
        span.addClassName("menu-label");
        getElement().appendChild(span.getElement());
    }

    @Override
    public String getLabel() {
        return text;
    }
}
