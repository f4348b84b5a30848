package nl.ontmoet.base.ui;

import lombok.RequiredArgsConstructor;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import org.springframework.stereotype.Component;

import java.security.Principal;

/** Whether the current user may open a view, judged by the view's own access annotations. */
@Component
@RequiredArgsConstructor
public class ViewAccess {

    private final AccessAnnotationChecker checker;
    private final CurrentUser currentUser;

    public boolean mayOpen(Class<?> view) {
        return currentUser.find()
                .map(principal -> checker.hasAccess(view, (Principal) principal::getUsername,
                        role -> currentUser.hasRole(Role.valueOf(role))))
                .orElse(false);
    }
}
