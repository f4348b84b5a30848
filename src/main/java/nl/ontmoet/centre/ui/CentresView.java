package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.account.service.UserAccountService;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreFilter;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.CentreSummary;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Every centre the user may see, paged, sorted and filtered in the database. Admins add centres here. */
@Route("centres")
@PermitAll
public class CentresView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Checkbox onlyActive = new Checkbox();
    final Button create = new Button();
    final Grid<CentreSummary> grid = new Grid<>();

    private final CentreService centreService;
    private final UserAccountService userService;
    private final FormErrors formErrors;

    CentresView(CentreService centreService, UserAccountService userService, CurrentUser currentUser,
                FormErrors formErrors) {
        this.centreService = centreService;
        this.userService = userService;
        this.formErrors = formErrors;
        addClassNames("view", "centres-view");

        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("centres.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        onlyActive.setLabel(getTranslation("centres.onlyActive"));
        onlyActive.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("centres.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.hasRole(Role.ADMIN));
        create.addClickListener(click -> openCreateDialog());

        var toolbar = new HorizontalLayout(search, onlyActive, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, search);
        toolbar.addClassName("toolbar");

        // A real link, so keyboard and screen-reader users open a centre the same way as mouse users.
        var nameColumn = grid.addComponentColumn(c -> new RouterLink(c.name(), CentreView.class,
                        new RouteParameters(CentreScopedView.CENTRE_PARAMETER, c.slug())))
                .setHeader(getTranslation("centre.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(CentreSummary::district).setHeader(getTranslation("centre.district")).setSortProperty("district");
        grid.addColumn(CentreSummary::address).setHeader(getTranslation("centre.address"))
                .setSortProperty("address").setFlexGrow(2);
        grid.addColumn(CentreSummary::coordinatorNames).setHeader(getTranslation("centre.coordinators")).setFlexGrow(2);
        grid.addColumn(CentreSummary::roomCount).setHeader(getTranslation("centres.rooms")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.active() ? "centre.status.active" : "centre.status.inactive"))
                .setHeader(getTranslation("centre.status")).setSortProperty("active").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.centres"));
        grid.setItems(query -> centreService.search(
                new CentreFilter(search.getValue(), onlyActive.getValue()), toSpringPageRequest(query)).stream());
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.asc(nameColumn).build());
        grid.setSizeFull();

        add(toolbar, grid);
    }

    private void openCreateDialog() {
        var dialog = new Dialog(getTranslation("centres.create"));
        var form = new CentreForm(userService.withRole(Role.COORDINATOR), true);
        form.edit(new Centre("", "", ""));
        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> centreService.create(save.getBean()))) {
                Notifications.success(getTranslation("centre.saved", save.getBean().getName()));
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        form.addCancelListener(cancel -> dialog.close());
        dialog.add(form);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.centres");
    }
}
