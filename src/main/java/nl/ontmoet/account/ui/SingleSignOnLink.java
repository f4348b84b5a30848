package nl.ontmoet.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;

import java.util.function.Consumer;

/** Which person at the identity provider an account is linked to, and removing a link made to the wrong person. */
class SingleSignOnLink extends Div {

    private final UserAccountService userService;
    private final FormErrors formErrors;
    private final Consumer<UserAccount> onUnlinked;

    SingleSignOnLink(UserAccountService userService, FormErrors formErrors, Consumer<UserAccount> onUnlinked) {
        this.userService = userService;
        this.formErrors = formErrors;
        this.onUnlinked = onUnlinked;
        addClassName("sso-link");
        setVisible(false);
    }

    void show(UserAccount account) {
        removeAll();
        setVisible(account != null && account.isLinkedToSingleSignOn());
        if (!isVisible()) {
            return;
        }
        var unlink = new Button(getTranslation("users.sso.unlink"), click -> Dialogs.confirmDanger(
                getTranslation("users.sso.unlink.header"),
                getTranslation("users.sso.unlink.text", account.getDisplayName()),
                getTranslation("users.sso.unlink"),
                () -> formErrors.attemptGet(null, () -> userService.unlinkSingleSignOn(account.getId()))
                        .ifPresent(unlinked -> {
                            Notifications.success(getTranslation("users.sso.unlinked", unlinked.getDisplayName()));
                            onUnlinked.accept(unlinked);
                            show(unlinked);
                        })));
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new H3(getTranslation("users.sso")),
                new Paragraph(getTranslation("users.sso.linked", account.getSsoIssuer())), unlink);
    }
}
