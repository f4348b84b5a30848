package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.service.YearCloseService;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The jaarafsluiting in the budget's toolbar: whether the year is open or closed, closing it (its coordinators,
 * after confirmation) and reopening it (admins, with a reason).
 */
class YearCloseActions extends FlexLayout {

    private final YearCloseService yearCloseService;
    private final FormErrors formErrors;
    private final ErrorMessages errorMessages;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Runnable onChange;
    final Span status = new Span();
    final Button closeYear = new Button();
    final Button reopenYear = new Button();
    final RouterLink yearEnd = new RouterLink();
    private String slug;
    private long centreId;
    private int year;

    /** @param onChange called after the year was closed or reopened */
    YearCloseActions(YearCloseService yearCloseService, FormErrors formErrors, ErrorMessages errorMessages,
                     CurrentUser currentUser, Clock clock, Runnable onChange) {
        this.yearCloseService = yearCloseService;
        this.formErrors = formErrors;
        this.errorMessages = errorMessages;
        this.currentUser = currentUser;
        this.clock = clock;
        this.onChange = onChange;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("toolbar");
        status.addClassName("year-status");
        closeYear.setText(getTranslation("bookkeeping.close.button"));
        closeYear.setIcon(VaadinIcon.LOCK.create());
        closeYear.addClickListener(click -> confirmClose());
        reopenYear.setText(getTranslation("bookkeeping.reopen.button"));
        reopenYear.setIcon(VaadinIcon.UNLOCK.create());
        reopenYear.addClickListener(click -> askReopen());
        yearEnd.addClassName("year-end-link");
        add(status, closeYear, reopenYear, yearEnd);
    }

    void show(String slug, long centreId, int year, boolean closed, boolean canEdit) {
        this.slug = slug;
        this.centreId = centreId;
        this.year = year;
        status.setText(getTranslation(closed ? "bookkeeping.close.closed" : "bookkeeping.close.open",
                String.valueOf(year)));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(closed ? "badge contrast" : "badge success");
        closeYear.setVisible(canEdit && !closed && year <= LocalDate.now(clock).getYear());
        reopenYear.setVisible(closed && currentUser.hasRole(Role.ADMIN));
        yearEnd.setText(getTranslation(closed ? "bookkeeping.yearEnd.link" : "bookkeeping.yearEnd.linkProvisional",
                String.valueOf(year)));
        yearEnd.setRoute(YearEndView.class, YearEndView.parameters(slug, year));
        yearEnd.setVisible(currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.MANAGER)
                || currentUser.hasRole(Role.COORDINATOR));
    }

    private void confirmClose() {
        Dialogs.confirm(getTranslation("bookkeeping.close.title", String.valueOf(year)),
                getTranslation("bookkeeping.close.text", String.valueOf(year)),
                getTranslation("bookkeeping.close.confirm"), () -> {
                    if (formErrors.attempt(null, () -> yearCloseService.close(centreId, year))) {
                        Notifications.success(getTranslation("bookkeeping.close.done", String.valueOf(year)));
                        UI.getCurrent().navigate(YearEndView.class, YearEndView.parameters(slug, year));
                    }
                });
    }

    private void askReopen() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bookkeeping.reopen.title", String.valueOf(year)));
        var reason = new TextArea(getTranslation("bookkeeping.reopen.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("bookkeeping.reopen.confirm"), click -> {
            try {
                yearCloseService.reopen(centreId, year, reason.getValue());
                Notifications.success(getTranslation("bookkeeping.reopen.done", String.valueOf(year)));
                dialog.close();
                onChange.run();
            } catch (RuntimeException refused) {
                refuse(reason, refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** A broken rule (no reason, too long, not closed) is shown at the reason, in the dialog; anything else as a notification. */
    private void refuse(TextArea reason, RuntimeException refused) {
        var message = errorMessages.toMessage(refused, getLocale());
        if (message.fieldName().isPresent()) {
            reason.setErrorMessage(message.text());
            reason.setInvalid(true);
        } else {
            Notifications.error(message.text());
        }
    }
}
