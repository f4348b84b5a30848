package nl.ontmoet.volunteer.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.volunteer.domain.HoursEntry;
import nl.ontmoet.volunteer.domain.HoursRow;
import nl.ontmoet.volunteer.service.HoursService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.IntStream;

/** The "Uren" tab of a volunteer: a month's hours, entering them and approving them (coordinators). */
class VolunteerHoursPanel extends Div {

    private final HoursService hoursService;
    private final FormErrors formErrors;
    private final long centreId;
    private final long volunteerId;
    private final Runnable changed;

    final ComboBox<YearMonth> month = new ComboBox<>();
    final DatePicker workDate = new DateField();
    final ComboBox<Activity> activity = new ComboBox<>();
    final TextField task = new TextField();
    final BigDecimalField hours = new BigDecimalField();
    final Button add = new Button();
    final Button approveMonth = new Button();
    final Grid<HoursRow> grid = new Grid<>();
    final UnorderedList totals = new UnorderedList();
    final H4 totalsTitle = new H4();

    private final Clock clock;
    private final Binder<HoursDraft> binder = new Binder<>(HoursDraft.class);

    VolunteerHoursPanel(HoursService hoursService, FormErrors formErrors, Clock clock, long centreId, long volunteerId,
                        Runnable changed) {
        this.hoursService = hoursService;
        this.formErrors = formErrors;
        this.clock = clock;
        this.centreId = centreId;
        this.volunteerId = volunteerId;
        this.changed = changed;
        addClassName("volunteer-hours");
        boolean canEnter = hoursService.canEnter(centreId);
        var today = LocalDate.now(clock);
        var thisMonth = YearMonth.from(today);

        month.setLabel(getTranslation("volunteer.hours.month"));
        month.setItems(IntStream.range(0, 36).mapToObj(thisMonth::minusMonths).toList());
        month.setItemLabelGenerator(m -> Formats.current().month(m));
        month.setValue(thisMonth);
        month.addValueChangeListener(change -> refresh());

        grid.addColumn(r -> Formats.current().date(r.workDate())).setHeader(getTranslation("volunteer.hours.workDate"))
                .setAutoWidth(true);
        grid.addColumn(HoursRow::what).setHeader(getTranslation("volunteer.hours.what")).setFlexGrow(2);
        grid.addColumn(r -> Formats.current().number(r.hours())).setHeader(getTranslation("volunteer.hours.hours"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("volunteer.hours.status")).setAutoWidth(true);
        if (canEnter) {
            grid.addComponentColumn(this::actions).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("volunteer.hours.title"));
        grid.setEmptyStateText(getTranslation("volunteer.hours.none"));

        var header = new HorizontalLayout(month);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (canEnter) {
            approveMonth.setText(getTranslation("volunteer.hours.approveMonth"));
            approveMonth.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
            approveMonth.addClickListener(click -> run(() -> Notifications.success(getTranslation(
                    "volunteer.hours.approvedCount", hoursService.approveMonth(centreId, volunteerId, month.getValue())))));
            header.add(approveMonth);
            add(entryForm(today));
        }
        add(header, grid, totalsTitle, totals);
        refresh();
    }

    private FormLayout entryForm(LocalDate today) {
        workDate.setLabel(getTranslation("volunteer.hours.workDate"));
        workDate.setMax(today);
        workDate.setValue(today);
        activity.setLabel(getTranslation("volunteer.hours.activity"));
        activity.setItems(hoursService.activities(centreId));
        activity.setItemLabelGenerator(Activity::getTitle);
        activity.setClearButtonVisible(true);
        task.setLabel(getTranslation("volunteer.hours.task"));
        task.setHelperText(getTranslation("volunteer.hours.task.help"));
        task.setMaxLength(HoursEntry.TASK_LENGTH);
        hours.setLabel(getTranslation("volunteer.hours.hours"));
        binder.forField(workDate).bind("workDate");
        binder.forField(activity).bind("activity");
        binder.forField(task).bind("task");
        binder.forField(hours).bind("hours");
        binder.setBean(new HoursDraft());
        binder.getBean().setWorkDate(today);

        add.setText(getTranslation("volunteer.hours.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            var draft = binder.getBean();
            if (formErrors.attempt(binder, () -> hoursService.enter(centreId, volunteerId, draft.toInput()))) {
                Notifications.success(getTranslation("volunteer.hours.saved"));
                var fresh = new HoursDraft();
                fresh.setWorkDate(draft.getWorkDate());
                binder.setBean(fresh);
                month.setValue(YearMonth.from(draft.getWorkDate()));
                refresh();
            }
        });
        var form = new FormLayout(workDate, activity, task, hours, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 5));
        form.addClassName("volunteer-hours-form");
        return form;
    }

    private Span status(HoursRow row) {
        var icon = (row.approved() ? VaadinIcon.CHECK : VaadinIcon.CLOCK).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var badge = new Span(icon, new Span(getTranslation(row.paid() ? "volunteer.hours.paid"
                : row.approved() ? "volunteer.hours.approved" : "volunteer.hours.open")));
        badge.getElement().getThemeList().add(row.approved() ? "badge success" : "badge contrast");
        badge.addClassName("volunteer-status-badge");
        return badge;
    }

    private HorizontalLayout actions(HoursRow row) {
        var actions = new HorizontalLayout();
        if (!row.approved()) {
            var approve = new Button(getTranslation("volunteer.hours.approve"), VaadinIcon.CHECK.create(),
                    click -> run(() -> hoursService.approve(centreId, volunteerId, row.id())));
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var remove = new Button(getTranslation("volunteer.hours.remove"), VaadinIcon.TRASH.create(),
                    click -> run(() -> {
                        hoursService.remove(centreId, volunteerId, row.id());
                        Notifications.success(getTranslation("volunteer.hours.removed"));
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(approve, remove);
        }
        return actions;
    }

    private void run(Runnable action) {
        if (formErrors.attempt(null, action)) {
            refresh();
        }
    }

    void refresh() {
        var shown = month.getValue() == null ? YearMonth.now(clock) : month.getValue();
        grid.setItems(hoursService.rows(centreId, volunteerId, shown));
        totalsTitle.setText(getTranslation("volunteer.hours.monthTotals", String.valueOf(shown.getYear())));
        totals.removeAll();
        hoursService.monthTotals(centreId, volunteerId, shown.getYear()).forEach(m -> totals.add(new ListItem(
                getTranslation("volunteer.hours.monthTotal", Formats.current().month(YearMonth.of(m.year(), m.month())),
                        Formats.current().number(m.total()), Formats.current().number(m.approved())))));
        changed.run();
    }
}
