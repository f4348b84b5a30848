package nl.ontmoet.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.FormErrors;

/** Whom a coach coaches: the assignments with their dates, ending one, and assigning another coordinator. */
class CoachAssignments extends Div {

    private final UserAccountService userService;
    private final FormErrors formErrors;

    CoachAssignments(UserAccountService userService, FormErrors formErrors) {
        this.userService = userService;
        this.formErrors = formErrors;
        addClassName("coach-assignments");
        setVisible(false);
    }

    /** Shows the assignments of a saved coach; hides itself for anyone else, or for no account. */
    void show(UserAccount account) {
        removeAll();
        setVisible(account != null && !account.isNew() && account.hasRole(Role.COACH));
        if (!isVisible()) {
            return;
        }
        add(new H3(getTranslation("users.coachees")));
        var assignments = new Grid<CoachAssignment>();
        var dates = Formats.current();
        assignments.addColumn(a -> a.getCoordinator().getDisplayName()).setHeader(getTranslation("users.coachee"));
        assignments.addColumn(a -> dates.date(a.getStartedOn())).setHeader(getTranslation("users.since"));
        assignments.addColumn(a -> a.getEndedOn() == null ? "" : dates.date(a.getEndedOn()))
                .setHeader(getTranslation("users.until"));
        assignments.addComponentColumn(a -> {
            var end = new Button(getTranslation("users.endAssignment"), click -> {
                if (formErrors.attempt(null, () -> userService.endAssignment(a.getId()))) {
                    show(account);
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
                show(account);
            }
        });
        var addRow = new HorizontalLayout(coordinator, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(assignments, addRow);
    }
}
