package nl.ontmoet.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import lombok.Getter;
import lombok.Setter;
import nl.ontmoet.account.service.OwnPasswordService;
import nl.ontmoet.account.service.PasswordPolicy;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;

import java.util.List;

/** Everyone changes their own password here: the current one, then the new one twice. */
@Route(ChangePasswordView.ROUTE)
@PermitAll
public class ChangePasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "account/password";

    final Paragraph forced = new Paragraph();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatedPassword = new PasswordField();
    final Button save = new Button();
    private final Binder<Entry> binder = new Binder<>(Entry.class);
    private final OwnPasswordService ownPassword;

    ChangePasswordView(OwnPasswordService ownPassword, FormErrors formErrors) {
        this.ownPassword = ownPassword;
        addClassNames("view", "change-password-view");
        forced.addClassName("password-forced");
        forced.setText(getTranslation("password.forced"));
        currentPassword.setLabel(getTranslation("password.current"));
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.new.help", PasswordPolicy.MIN_LENGTH));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatedPassword.setLabel(getTranslation("password.repeated"));
        repeatedPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        var fields = List.of(currentPassword, newPassword, repeatedPassword);
        fields.forEach(field -> field.setMaxLength(PasswordPolicy.MAX_LENGTH + 1));
        binder.forField(currentPassword).bind("currentPassword");
        binder.forField(newPassword).bind("newPassword");
        binder.forField(repeatedPassword).bind("repeatedPassword");
        binder.setBean(new Entry());

        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            fields.forEach(field -> field.setInvalid(false));
            var entry = binder.getBean();
            if (formErrors.attempt(binder, () -> ownPassword.change(entry.getCurrentPassword(),
                    entry.getNewPassword(), entry.getRepeatedPassword()))) {
                Notifications.success(getTranslation("password.changed"));
                UI.getCurrent().navigate("");
            }
        });
        var form = new FormLayout(currentPassword, newPassword, repeatedPassword, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        add(forced, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forced.setVisible(ownPassword.mustChange());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }

    /** What was typed, bound by name so a refusal shows at its field. */
    @Getter
    @Setter
    public static class Entry {
        private String currentPassword = "";
        private String newPassword = "";
        private String repeatedPassword = "";
    }
}
