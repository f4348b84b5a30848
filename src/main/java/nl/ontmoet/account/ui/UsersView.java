package nl.ontmoet.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
    final Div coaching = new Div();

    private final UserAccountService userService;
    private final FormErrors formErrors;

    UsersView(UserAccountService userService, FormErrors formErrors) {
        this.userService = userService;
        this.formErrors = formErrors;
        addClassNames("view", "users-view");

        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("users.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            grid.asSingleSelect().clear();
            var account = new UserAccount("", "");
            account.setRoles(EnumSet.of(Role.COORDINATOR));
            edit(account);
        });
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
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(userService.get(change.getValue().getId()));
            } else {
                closeForm();
            }
        });

        form.setVisible(false);
        coaching.setVisible(false);
        coaching.addClassName("coach-assignments");
        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> userService.save(save.getBean(), form.newPassword()))) {
                Notifications.success(getTranslation("account.saved", save.getBean().getDisplayName()));
                grid.getDataProvider().refreshAll();
                closeForm();
            }
        });
        form.addCancelListener(cancel -> {
            grid.asSingleSelect().clear();
            closeForm();
        });

        var side = new Div(form, coaching);
        side.addClassName("side-panel");
        var content = new Div(grid, side);
        content.addClassName("list-with-form");
        add(toolbar, content);
    }

    private String rolesText(UserAccount account) {
        return account.getRoles().stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private void edit(UserAccount account) {
        form.setAccount(account);
        form.setVisible(true);
        showCoaching(account);
    }

    private void closeForm() {
        form.setVisible(false);
        coaching.setVisible(false);
    }

    private void showCoaching(UserAccount account) {
        coaching.removeAll();
        coaching.setVisible(!account.isNew() && account.hasRole(Role.COACH));
        if (!coaching.isVisible()) {
            return;
        }
        coaching.add(new H3(getTranslation("users.coachees")));
        var assignments = new Grid<CoachAssignment>();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        assignments.addColumn(a -> a.getCoordinator().getDisplayName()).setHeader(getTranslation("users.coachee"));
        assignments.addColumn(a -> dates.format(a.getStartedOn())).setHeader(getTranslation("users.since"));
        assignments.addColumn(a -> a.getEndedOn() == null ? "" : dates.format(a.getEndedOn()))
                .setHeader(getTranslation("users.until"));
        assignments.addComponentColumn(a -> {
            var end = new Button(getTranslation("users.endAssignment"), click -> {
                if (formErrors.attempt(null, () -> userService.endAssignment(a.getId()))) {
                    showCoaching(account);
                }
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            end.setVisible(a.getEndedOn() == null);
            end.setAriaLabel(getTranslation("users.endAssignment.aria", a.getCoordinator().getDisplayName()));
            return end;
        }).setAutoWidth(true);
        assignments.setItems(userService.assignmentsOfCoach(account.getId()));
        assignments.setAllRowsVisible(true);
        assignments.setAriaLabel(getTranslation("users.coachees"));

        var coordinator = new ComboBox<UserAccount>(getTranslation("users.addCoachee"));
        coordinator.setItems(userService.withRole(Role.COORDINATOR));
        coordinator.setItemLabelGenerator(UserAccount::getDisplayName);
        var add = new Button(getTranslation("users.assign"), click -> {
            if (coordinator.getValue() != null && formErrors.attempt(null,
                    () -> userService.assignCoach(account.getId(), coordinator.getValue().getId()))) {
                showCoaching(account);
            }
        });
        var addRow = new HorizontalLayout(coordinator, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        coaching.add(assignments, addRow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
