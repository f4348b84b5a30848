package nl.ontmoet.notification.ui;

import com.vaadin.flow.component.Component;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.ui.NavbarItem;
import nl.ontmoet.notification.service.NotificationService;

import java.util.Optional;

/** Puts the notification bell in the title bar of every screen. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class NotificationBellItem implements NavbarItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        // no bell until an admin-set password is replaced: the service would refuse to count
        return currentUser.find().filter(principal -> !principal.mustChangePassword()).isPresent()
                ? Optional.of(new NotificationBell(notifications, currentUser)) : Optional.empty();
    }
}
