package nl.ontmoet.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.BeanForm;

import java.util.EnumSet;

/** An account with its roles; the password field sets a new password and is left empty to keep the old one. */
public class UserForm extends BeanForm<UserAccount> {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();

    public UserForm() {
        super(UserAccount.class, "users.create", "users.create");
        addClassName("user-form");
        title.setVisible(false);
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
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        binder.forField(roles).asRequired(getTranslation("account.error.noRole"))
                .bind(UserAccount::getRoles, UserAccount::setRoles);
        layout(username, displayName, email, password, roles, enabled);
        setColspan(save.getParent().orElseThrow(), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    @Override
    protected void onEdit(UserAccount account) {
        password.clear();
        password.setHelperText(getTranslation(account.isNew() ? "account.password.new" : "account.password.keep"));
        username.setReadOnly(!account.isNew());
    }

    @Override
    protected boolean canDelete(UserAccount account) {
        return false;
    }

    public String newPassword() {
        return password.getValue();
    }
}
