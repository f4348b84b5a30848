package nl.ontmoet.base.ui;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import org.springframework.stereotype.Component;

import java.security.Principal;

/** Whether the current user may open a view, judged by the view's own access annotations. */
@Component
public class ViewAccess {

    private final AccessAnnotationChecker checker;
    private final CurrentUser currentUser;

    ViewAccess(AccessAnnotationChecker checker, CurrentUser currentUser) {
        this.checker = checker;
        this.currentUser = currentUser;
    }

    public boolean mayOpen(Class<?> view) {
        return currentUser.find()
                .map(principal -> checker.hasAccess(view, (Principal) principal::getUsername,
                        role -> currentUser.hasRole(Role.valueOf(role))))
                .orElse(false);
    }
}
