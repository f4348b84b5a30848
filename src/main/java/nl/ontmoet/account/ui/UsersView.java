package nl.ontmoet.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.ListWithForm;

import java.util.EnumSet;
import java.util.stream.Collectors;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Accounts, roles and coach assignments. Coordinators are assigned to centres on the centre's own screen. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<UserAccount> grid = new Grid<>();
    final UserForm form = new UserForm();
    final CoachAssignments coaching;
    final SingleSignOnLink singleSignOn;

    UsersView(UserAccountService userService, FormErrors formErrors) {
        addClassNames("view", "users-view");
        coaching = new CoachAssignments(userService, formErrors);

        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("users.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, search);
        toolbar.addClassName("toolbar");

        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("account.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("account.displayName"))
                .setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(UserAccount::getEmail).setHeader(getTranslation("account.email")).setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(this::rolesText).setHeader(getTranslation("account.roles")).setFlexGrow(2);
        grid.addColumn(account -> getTranslation(account.isEnabled() ? "account.status.enabled" : "account.status.disabled"))
                .setHeader(getTranslation("account.enabled")).setSortProperty("enabled").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.users"));
        grid.setItems(query -> userService.search(search.getValue(), toSpringPageRequest(query)).stream());

        var content = new ListWithForm<>(grid, form, formErrors, "account", UserAccount::getDisplayName)
                .onSave(account -> userService.save(account, form.newPassword()));
        singleSignOn = new SingleSignOnLink(userService, formErrors, unlinked -> {
            grid.getDataProvider().refreshAll();
            content.edit(unlinked);
        });
        grid.asSingleSelect().addValueChangeListener(change -> {
            coaching.show(change.getValue());
            singleSignOn.show(change.getValue());
        });
        create.addClickListener(click -> {
            var account = new UserAccount("", "");
            account.setRoles(EnumSet.of(Role.COORDINATOR));
            content.create(account);
        });
        // the single sign-on link and a coach's assignments sit under the form, in the same side panel
        var side = new Div(form, singleSignOn, coaching);
        side.addClassName("side-panel");
        content.add(side);
        add(toolbar, content);
    }

    private String rolesText(UserAccount account) {
        return account.getRoles().stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
