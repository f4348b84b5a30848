package nl.ontmoet.account.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.FormEvent;

import java.util.EnumSet;

/** An account with its roles; the password field sets a new password and is left empty to keep the old one. */
public class UserForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<UserAccount> binder = new BeanValidationBinder<>(UserAccount.class);
    private UserAccount account;

    public UserForm() {
        addClassName("user-form");
        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(UserAccount.USERNAME_LENGTH);
        username.setHelperText(getTranslation("account.username.help"));
        displayName.setLabel(getTranslation("account.displayName"));
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_LENGTH);
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(UserAccount.EMAIL_LENGTH);
        email.setErrorMessage(getTranslation("account.email.invalid"));
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        enabled.setLabel(getTranslation("account.enabled"));
        password.setLabel(getTranslation("account.password"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        binder.forField(roles).asRequired(getTranslation("account.error.noRole"))
                .bind(UserAccount::getRoles, UserAccount::setRoles);
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (account != null && binder.writeBeanIfValid(account)) {
                fireEvent(new SaveEvent(this, account));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        add(username, displayName, email, password, roles, enabled);
        var buttons = new HorizontalLayout(save, cancel);
        add(buttons);
        setColspan(buttons, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    public void setAccount(UserAccount account) {
        this.account = account;
        binder.readBean(account);
        password.clear();
        password.setHelperText(getTranslation(account.isNew() ? "account.password.new" : "account.password.keep"));
        username.setReadOnly(!account.isNew());
    }

    public String newPassword() {
        return password.getValue();
    }

    public BeanValidationBinder<UserAccount> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<UserForm, UserAccount> {
        SaveEvent(UserForm source, UserAccount account) {
            super(source, account);
        }
    }

    public static class CancelEvent extends FormEvent<UserForm, UserAccount> {
        CancelEvent(UserForm source) {
            super(source, null);
        }
    }
}
