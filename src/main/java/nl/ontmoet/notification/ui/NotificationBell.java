package nl.ontmoet.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.notification.service.NotificationRow;
import nl.ontmoet.notification.service.NotificationService;

import java.util.List;

/**
 * The bell in the title bar: the number of unread notifications (also in its label for screen readers), and on a
 * click the newest ones, each leading to its record and marked read on the way; "Alles gelezen" marks them all.
 * The count is refreshed on every navigation, the list each time it opens.
 */
@StyleSheet("context://public/notification.css")
public class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private final Button allRead = new Button();

    NotificationBell(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("notification-bell");
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        bell.getElement().appendChild(badge.getElement());
        bell.addClickListener(click -> toggle());

        popover.setTarget(bell);
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.addClassName("notification-popover");
        // a heading for screen readers, but no h2 element: the closed list stays in the title bar's DOM, before the
        // screen's own headings
        var heading = new Div(getTranslation("notification.title"));
        heading.addClassName("notification-heading");
        heading.getElement().setAttribute("role", "heading");
        heading.getElement().setAttribute("aria-level", "2");
        allRead.setText(getTranslation("notification.allRead"));
        allRead.setId("notification-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        allRead.addClickListener(click -> markAllRead());
        var header = new Div(heading, allRead);
        header.addClassName("notification-header");
        list.addClassName("notification-list");
        list.setId("notification-list");
        popover.add(header, list);
        getContent().addClassName("notification-bell-wrapper");
        getContent().add(bell, popover);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        refreshCount();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
        popover.close();
    }

    Popover popover() {
        return popover;
    }

    Span badge() {
        return badge;
    }

    private void toggle() {
        if (popover.isOpened()) {
            popover.close();
        } else {
            showList();
            popover.open();
        }
    }

    private void showList() {
        list.removeAll();
        List<NotificationRow> rows = notifications.recent();
        if (rows.isEmpty()) {
            var empty = new Span(getTranslation("notification.empty"));
            empty.addClassName("notification-empty");
            list.add(empty);
        }
        rows.forEach(row -> list.add(item(row)));
        allRead.setEnabled(rows.stream().anyMatch(row -> !row.read()));
    }

    private Button item(NotificationRow row) {
        var formats = Formats.current();
        var text = new Span(getTranslation(row.kind().textKey(), row.subjectTitle(), formats.longDate(row.dueOn())));
        text.addClassName("notification-text");
        var when = new Span(formats.dateTime(row.occurredAt()));
        when.addClassName("notification-when");
        var item = new Button();
        item.getElement().appendChild(text.getElement(), when.getElement());
        item.addClassName("notification-item");
        if (!row.read()) {
            item.addClassName("unread");
            item.getElement().setAttribute("aria-label",
                    getTranslation("notification.unreadItem", text.getText()));
        }
        item.addClickListener(click -> open(row));
        return item;
    }

    private void open(NotificationRow row) {
        notifications.markRead(row.id());
        popover.close();
        refreshCount();
        UI.getCurrent().navigate(row.route());
    }

    private void markAllRead() {
        notifications.markAllRead();
        Notifications.success(getTranslation("notification.allReadDone"));
        refreshCount();
        showList();
    }

    private void refreshCount() {
        // an account that must first replace an admin-set password gets no bell: the service would refuse
        boolean passwordChangeDue = currentUser.find().map(principal -> principal.mustChangePassword()).orElse(true);
        getContent().setVisible(!passwordChangeDue);
        if (passwordChangeDue) {
            popover.close();
            return;
        }
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? getTranslation("notification.bellNone")
                : getTranslation("notification.bell", unread));
    }
}
