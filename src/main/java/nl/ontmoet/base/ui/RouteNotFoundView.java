package nl.ontmoet.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.NotFoundException;

/** An unknown address, or a screen the user's roles do not open (Vaadin reports both as not found). */
@ParentLayout(MainLayout.class)
@PermitAll
public class RouteNotFoundView extends NotFoundPage<NotFoundException> {
}
