package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.subsidy.service.SchemeInput;
import nl.ontmoet.subsidy.service.SchemeRow;
import nl.ontmoet.subsidy.service.SubsidySchemeService;

/** The subsidy schemes with their ceiling, what was requested and granted and what remains; kept by managers. */
@Route("subsidies/schemes")
@RolesAllowed(Roles.MANAGER)
public class SchemesView extends Main implements HasDynamicTitle {

    private final SubsidySchemeService schemeService;
    final Grid<SchemeRow> grid = new Grid<>();
    final SchemeForm form = new SchemeForm();
    final Button newScheme = new Button();

    SchemesView(SubsidySchemeService schemeService, FormErrors formErrors) {
        this.schemeService = schemeService;
        addClassName("view");
        grid.setAriaLabel(getTranslation("nav.subsidy.schemes"));
        grid.addColumn(SchemeRow::name).setHeader(getTranslation("subsidy.scheme.name")).setFlexGrow(2);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SchemeRow::year).setHeader(getTranslation("subsidy.scheme.year")).setAutoWidth(true);
        grid.addColumn(r -> SubsidyTexts.day(r.opensOn()) + " – " + SubsidyTexts.day(r.closesOn()))
                .setHeader(getTranslation("subsidy.scheme.window")).setAutoWidth(true);
        grid.addColumn(r -> SubsidyTexts.money(r.ceiling())).setHeader(getTranslation("subsidy.scheme.ceiling"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> SubsidyTexts.money(r.requested())).setHeader(getTranslation("subsidy.scheme.requested"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> SubsidyTexts.money(r.granted())).setHeader(getTranslation("subsidy.scheme.granted"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> SubsidyTexts.money(r.remaining())).setHeader(getTranslation("subsidy.scheme.remaining"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                form.edit(schemeService.edit(change.getValue().id()));
                form.setVisible(true);
            }
        });
        newScheme.setText(getTranslation("subsidy.scheme.new"));
        grid.setEmptyStateText(getTranslation("subsidy.scheme.empty"));
        newScheme.setIcon(VaadinIcon.PLUS.create());
        newScheme.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newScheme.addClickListener(click -> {
            grid.asSingleSelect().clear();
            form.edit(new SchemeInput());
            form.setVisible(true);
        });
        form.setVisible(false);
        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> schemeService.save(save.getBean()))) {
                Notifications.success(getTranslation("subsidy.scheme.saved"));
                form.setVisible(false);
                refresh();
            }
        });
        form.addCancelListener(cancel -> {
            form.setVisible(false);
            grid.asSingleSelect().clear();
        });
        add(new H2(getTranslation("nav.subsidy.schemes")), newScheme, grid, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(schemeService.overview());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subsidy.schemes");
    }
}
