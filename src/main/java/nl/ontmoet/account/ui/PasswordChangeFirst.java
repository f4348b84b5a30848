package nl.ontmoet.account.ui;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.service.OwnPasswordService;
import org.springframework.stereotype.Component;

/**
 * Someone whose password an admin set opens nothing but the change-password view until they chose their own. It
 * checks every navigation of every UI, so no route, link or menu item gets around it.
 */
@Component
@RequiredArgsConstructor
class PasswordChangeFirst implements VaadinServiceInitListener {

    private final OwnPasswordService ownPassword;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != ChangePasswordView.class && !isErrorView(enter.getNavigationTarget())
                    && ownPassword.mustChange()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }

    /** Error views show no data; asking the database here would break the page that says the database is down. */
    private static boolean isErrorView(Class<?> target) {
        return HasErrorParameter.class.isAssignableFrom(target);
    }
}
