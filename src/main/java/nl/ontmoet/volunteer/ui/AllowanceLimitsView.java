package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.ListWithForm;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.volunteer.domain.AllowanceLimit;
import nl.ontmoet.volunteer.domain.VolunteerSettings;
import nl.ontmoet.volunteer.service.AllowanceLimitService;
import nl.ontmoet.volunteer.service.VogService;

import java.math.BigDecimal;
import java.util.List;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The tax-free volunteer allowance limits per calendar year, maintained by admins. */
@Route("admin/allowance-limits")
@RolesAllowed(Roles.ADMIN)
public class AllowanceLimitsView extends Main implements HasDynamicTitle {

    private final AllowanceLimitService limitService;
    private final VogService vogService;
    private final FormErrors formErrors;
    final Paragraph missing = new Paragraph();
    final Grid<AllowanceLimit> grid = new Grid<>();
    final AllowanceLimitForm form = new AllowanceLimitForm();
    final Button create = new Button();
    final VogSettingsForm vogSettings = new VogSettingsForm(this::saveVogSettings);

    AllowanceLimitsView(AllowanceLimitService limitService, VogService vogService, FormErrors formErrors) {
        this.limitService = limitService;
        this.vogService = vogService;
        this.formErrors = formErrors;
        addClassNames("view", "allowance-limits-view");

        missing.getElement().getThemeList().add("badge error");
        missing.getElement().setAttribute("role", "status");

        var yearColumn = grid.addColumn(AllowanceLimit::getYear).setHeader(getTranslation("volunteer.limit.year"))
                .setSortProperty("year");
        amountColumn("volunteer.limit.maxPerHourAdult", AllowanceLimit::getMaxPerHourAdult, "maxPerHourAdult");
        amountColumn("volunteer.limit.maxPerHourYoung", AllowanceLimit::getMaxPerHourYoung, "maxPerHourYoung");
        amountColumn("volunteer.limit.maxPerMonth", AllowanceLimit::getMaxPerMonth, "maxPerMonth");
        amountColumn("volunteer.limit.maxPerYear", AllowanceLimit::getMaxPerYear, "maxPerYear");
        grid.setAriaLabel(getTranslation("nav.allowanceLimits"));
        grid.setAllRowsVisible(true);
        grid.setItems(query -> limitService.page(toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(yearColumn, SortDirection.DESCENDING)));
        var content = new ListWithForm<>(grid, form, formErrors, "volunteer.limit",
                (AllowanceLimit limit) -> String.valueOf(limit.getYear()))
                .onSave(limit -> {
                    limitService.save(limit);
                    updateMissing();
                });

        create.setText(getTranslation("volunteer.limit.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> content.create(newLimit()));

        vogSettings.setMaxWidth("24em");
        vogSettings.edit(vogService.settings());
        add(new Paragraph(getTranslation("volunteer.limit.intro")), missing, create, content, vogSettings);
        updateMissing();
    }

    /** A new limit proposes the current year while that one is missing. */
    private AllowanceLimit newLimit() {
        var limit = new AllowanceLimit();
        if (limitService.currentYearMissing()) {
            limit.setYear(limitService.currentYear());
        }
        return limit;
    }

    private void amountColumn(String key, ValueProvider<AllowanceLimit, BigDecimal> value, String property) {
        grid.addColumn(l -> Formats.current().money(value.apply(l))).setHeader(getTranslation(key))
                .setSortProperty(property).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private void updateMissing() {
        boolean isMissing = limitService.currentYearMissing();
        missing.setText(isMissing ? getTranslation("volunteer.limit.missing", String.valueOf(limitService.currentYear()))
                : "");
        missing.setVisible(isMissing);
    }

    private void saveVogSettings(VolunteerSettings settings) {
        formErrors.attemptGet(vogSettings.getBinder(), () -> vogService.save(settings)).ifPresent(saved -> {
            vogSettings.edit(saved);
            Notifications.success(getTranslation("volunteer.vog.saved"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.allowanceLimits");
    }
}
