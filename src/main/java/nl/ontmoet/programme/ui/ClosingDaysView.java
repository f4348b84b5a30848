package nl.ontmoet.programme.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import nl.ontmoet.programme.domain.ClosingDay;
import nl.ontmoet.programme.service.ClosingDayService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Days the centre is closed; weekly series skip them. Kept by its coordinators and admins. */
@Route("centres/:centre/closing-days")
@PermitAll
public class ClosingDaysView extends CentreScopedView {

    private final ClosingDayService closingDayService;
    private final FormErrors formErrors;
    final Grid<ClosingDay> grid = new Grid<>();
    final DatePicker day = new DateField();
    final TextField reason = new TextField();
    final Button add = new Button();
    private final Binder<ClosingDayInput> binder = new Binder<>(ClosingDayInput.class);

    ClosingDaysView(CentreService centreService, ClosingDayService closingDayService, FormErrors formErrors) {
        super(centreService);
        this.closingDayService = closingDayService;
        this.formErrors = formErrors;
        grid.addColumn(d -> Formats.current().dayLabel(d.getDay())).setHeader(getTranslation("closingDay.day"))
                .setSortProperty("day").setAutoWidth(true);
        grid.addColumn(ClosingDay::getReason).setHeader(getTranslation("closingDay.reason")).setSortProperty("reason")
                .setFlexGrow(2);
        grid.setAriaLabel(getTranslation("nav.centre.closingDays"));
        day.setLabel(getTranslation("closingDay.day"));
        reason.setLabel(getTranslation("closingDay.reason"));
        reason.setMaxLength(ClosingDay.REASON_LENGTH);
        binder.bindInstanceFields(this);
        add.setText(getTranslation("closingDay.add"));
        grid.setEmptyStateText(getTranslation("closingDay.empty"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            if (formErrors.attempt(binder, () -> closingDayService.add(centre().getId(), day.getValue(),
                    reason.getValue()))) {
                Notifications.success(getTranslation("closingDay.added"));
                day.clear();
                reason.clear();
                grid.getDataProvider().refreshAll();
            }
        });
    }

    @Override
    protected void render(Centre centre) {
        boolean editable = closingDayService.canEdit(centre.getId());
        grid.setItems(query -> closingDayService.page(centre.getId(),
                toSpringPageRequest(query)).stream());
        if (editable && grid.getColumnByKey("actions") == null) {
            grid.addComponentColumn(d -> {
                var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    if (formErrors.attempt(binder, () -> closingDayService.delete(d.getId()))) {
                        grid.getDataProvider().refreshAll();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("closingDay.remove", Formats.current().dayLabel(d.getDay())));
                return remove;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        var form = new HorizontalLayout(day, reason, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setVisible(editable);
        add(new H2(getTranslation("closingDay.heading", centre.getName())), form, grid);
    }

    @Override
    protected String titleKey() {
        return "nav.centre.closingDays";
    }

    /** Field names for the error mapping: {@code day} and {@code reason}. */
    public static class ClosingDayInput {
        private java.time.LocalDate day;
        private String reason;

        public java.time.LocalDate getDay() {
            return day;
        }

        public void setDay(java.time.LocalDate day) {
            this.day = day;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
