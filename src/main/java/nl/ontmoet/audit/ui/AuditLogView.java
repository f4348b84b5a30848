package nl.ontmoet.audit.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.audit.service.AuditLine;
import nl.ontmoet.audit.service.AuditService.AuditFilter;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Who changed what, when. Filtered, sorted and paged in the database: the trail only grows. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    final TextField username = new TextField();
    final ComboBox<String> entityType = new ComboBox<>();
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new DateField();
    final DatePicker until = new DateField();
    final Grid<AuditLine> grid = new Grid<>();

    AuditLogView(AuditService auditService) {
        addClassNames("view", "audit-view");
        username.setLabel(getTranslation("audit.username"));
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        entityType.setLabel(getTranslation("audit.entityType"));
        entityType.setItems(auditService.entityTypes());
        entityType.setItemLabelGenerator(this::typeLabel);
        entityType.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(EnumSet.allOf(AuditAction.class));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.action.all"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.action.all")
                : getTranslation("audit.action." + a.name()));
        from.setLabel(getTranslation("audit.from"));
        until.setLabel(getTranslation("audit.until"));
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        username.addValueChangeListener(e -> refresh());
        entityType.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(username, entityType, action, from, until);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("toolbar");

        var formats = Formats.current();
        var occurred = grid.addColumn(e -> formats.dateTime(LocalDateTime.ofInstant(e.occurredAt(), ZONE)))
                .setHeader(getTranslation("audit.when"))
                .setSortProperty("occurredAt", "id").setAutoWidth(true).setFlexGrow(0);
        // not sortable by user: the place of the confidential lines in that order would tell whose they are
        grid.addColumn(e -> e.confidential() ? getTranslation("audit.confidential") : e.username())
                .setHeader(getTranslation("audit.username")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action")).setSortProperty("action").setAutoWidth(true);
        grid.addColumn(e -> typeLabel(e.entityType())).setHeader(getTranslation("audit.entityType"))
                .setSortProperty("entityType").setAutoWidth(true);
        grid.addColumn(AuditLine::entityId).setHeader(getTranslation("audit.entityId")).setAutoWidth(true);
        grid.addColumn(e -> e.confidential() ? getTranslation("audit.confidential.changes") : e.changes())
                .setHeader(getTranslation("audit.changes")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("nav.audit"));
        grid.setItems(query -> auditService.search(filter(), toSpringPageRequest(query)).stream());
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.desc(occurred).build());
        grid.setSizeFull();
        add(filters, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(username.getValue(), entityType.getValue(), action.getValue(),
                startOf(from.getValue()), startOf(until.getValue() == null ? null : until.getValue().plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    /** The kind of record in Dutch ("Inzet vrijwilliger", not "Engagement"). */
    private String typeLabel(String entityType) {
        return getTranslation("audit.type." + entityType);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }

}
