package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.BudgetLine;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetData;
import nl.ontmoet.bookkeeping.service.BudgetLineData;
import nl.ontmoet.bookkeeping.service.BudgetReport;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExpectedIncome;
import nl.ontmoet.bookkeeping.service.ExportService;
import nl.ontmoet.bookkeeping.service.ReportLine;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The begroting of a centre-year with live totals, copying last year's budget, the jaarafsluiting, and
 * budget versus actual per category (year, month and cumulative) with charts and exports.
 */
@Route("centres/:centre/budget/:year?")
@PermitAll
@StyleSheet("context://public/bookkeeping.css")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
public class BudgetView extends CentreScopedView {

    private final BudgetService budgetService;
    private final YearCloseService yearCloseService;
    private final ExportService exportService;
    private final FormErrors formErrors;
    private final CurrentUser currentUser;
    private final Clock clock;

    final Select<Integer> year = new Select<>();
    final Span status = new Span();
    final Button createBudget = new Button();
    final Button copyBudget = new Button();
    final Button save = new Button();
    final Button closeYear = new Button();
    final Button reopenYear = new Button();
    final Map<String, BigDecimalField> amounts = new LinkedHashMap<>();
    final Map<String, TextField> notes = new LinkedHashMap<>();
    /** Read-only income expected from other features, by its label. */
    final Map<String, BigDecimalField> expected = new LinkedHashMap<>();
    final Span incomeTotal = new Span();
    final Span expenseTotal = new Span();
    final Span balanceTotal = new Span();
    final Select<Integer> throughMonth = new Select<>();
    final Grid<ReportLine> report = new Grid<>();
    final Anchor exportXlsx = new Anchor();
    final Anchor exportCsv = new Anchor();
    private BudgetData data;
    private List<ExpectedIncome> expectedIncome = List.of();
    private BudgetReport currentReport;
    private int shownYear;

    BudgetView(CentreService centreService, BudgetService budgetService, YearCloseService yearCloseService,
               ExportService exportService, FormErrors formErrors, CurrentUser currentUser, Clock clock) {
        super(centreService);
        this.budgetService = budgetService;
        this.yearCloseService = yearCloseService;
        this.exportService = exportService;
        this.formErrors = formErrors;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("budget-view");

        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("bookkeeping.budget.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed().toList());
        year.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(BudgetView.class, new RouteParameters(Map.of(CENTRE_PARAMETER,
                        centre().getSlug(), "year", String.valueOf(change.getValue()))));
            }
        });
        createBudget.setText(getTranslation("bookkeeping.budget.create"));
        createBudget.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createBudget.addClickListener(click -> {
            if (formErrors.attempt(null, () -> budgetService.create(centre().getId(), shownYear))) {
                Notifications.success(getTranslation("bookkeeping.budget.created", String.valueOf(shownYear)));
                show();
            }
        });
        copyBudget.setIcon(VaadinIcon.COPY_O.create());
        copyBudget.addClickListener(click -> {
            if (formErrors.attempt(null, () -> budgetService.copyPreviousYear(centre().getId(), shownYear))) {
                Notifications.success(getTranslation("bookkeeping.budget.copied", String.valueOf(shownYear - 1)));
                show();
            }
        });
        save.setText(getTranslation("bookkeeping.budget.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveBudget());
        closeYear.setText(getTranslation("bookkeeping.close.button"));
        closeYear.setIcon(VaadinIcon.LOCK.create());
        closeYear.addClickListener(click -> confirmClose());
        reopenYear.setText(getTranslation("bookkeeping.reopen.button"));
        reopenYear.setIcon(VaadinIcon.UNLOCK.create());
        reopenYear.addClickListener(click -> askReopen());

        throughMonth.setLabel(getTranslation("bookkeeping.report.throughMonth"));
        throughMonth.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        throughMonth.setItemLabelGenerator(BudgetView::monthName);
        throughMonth.addValueChangeListener(change -> {
            if (change.getValue() != null && currentReport != null) {
                report.getDataProvider().refreshAll();
            }
        });
        buildReportGrid();
        exportXlsx.setText(getTranslation("bookkeeping.export.xlsx"));
        exportCsv.setText(getTranslation("bookkeeping.export.csv"));
        exportXlsx.getElement().setAttribute("download", true);
        exportCsv.getElement().setAttribute("download", true);
    }

    @Override
    protected void render(Centre centre) {
        int thisYear = LocalDate.now(clock).getYear();
        shownYear = routeParameters().getInteger("year").orElse(thisYear);
        year.setValue(shownYear);
        long centreId = centre.getId();
        int exportYear = shownYear;
        exportXlsx.setHref(Downloads.handler(() -> exportService.reportXlsx(centreId, exportYear)));
        exportCsv.setHref(Downloads.handler(() -> exportService.reportCsv(centreId, exportYear)));
        throughMonth.setValue(shownYear == thisYear ? LocalDate.now(clock).getMonthValue() : 12);
        show();
    }

    /** (Re)builds the page from the database: budget, status and report. */
    private void show() {
        removeAll();
        long centreId = centre().getId();
        data = budgetService.budget(centreId, shownYear);
        expectedIncome = budgetService.expectedIncome(centreId, shownYear);
        boolean canEdit = budgetService.canEdit(centreId);
        boolean editable = canEdit && !data.closed();

        status.setText(getTranslation(data.closed() ? "bookkeeping.close.closed" : "bookkeeping.close.open",
                String.valueOf(shownYear)));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(data.closed() ? "badge contrast" : "badge success");
        status.addClassName("year-status");
        closeYear.setVisible(canEdit && !data.closed() && shownYear <= LocalDate.now(clock).getYear());
        reopenYear.setVisible(data.closed() && currentUser.hasRole(Role.ADMIN));
        var header = new FlexLayout(year, status, closeYear, reopenYear);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("toolbar");
        add(header);

        var budgetSection = new Div();
        budgetSection.addClassName("budget-section");
        budgetSection.add(new H3(getTranslation("bookkeeping.budget.title", String.valueOf(shownYear))));
        if (!data.exists()) {
            budgetSection.add(new Paragraph(getTranslation("bookkeeping.budget.none", String.valueOf(shownYear))));
            copyBudget.setText(getTranslation("bookkeeping.budget.copy", String.valueOf(shownYear - 1)));
            createBudget.setVisible(editable);
            copyBudget.setVisible(editable);
            budgetSection.add(new FlexLayout(createBudget, copyBudget));
            if (!expectedIncome.isEmpty()) {
                budgetSection.add(expectedIncomeLines());
            }
        } else {
            createBudget.setVisible(false);
            copyBudget.setVisible(false);
            budgetSection.add(budgetEditor(editable));
        }
        add(budgetSection);
        add(reportSection());
    }

    private Div budgetEditor(boolean editable) {
        amounts.clear();
        notes.clear();
        var editor = new Div();
        editor.addClassName("budget-editor");
        for (Direction direction : List.of(Direction.INCOME, Direction.EXPENSE)) {
            var group = new Div();
            group.addClassName("budget-group");
            group.add(new H3(getTranslation("bookkeeping.direction." + direction.name())));
            for (BudgetLineData line : data.lines()) {
                if (line.direction() != direction) {
                    continue;
                }
                var amount = new BigDecimalField(line.name());
                amount.setValue(line.amount());
                amount.setPrefixComponent(new Span("€"));
                amount.setValueChangeMode(ValueChangeMode.EAGER);
                amount.addValueChangeListener(change -> updateTotals());
                amount.setReadOnly(!editable);
                amount.addClassName("budget-amount");
                var note = new TextField(getTranslation("bookkeeping.budget.note", line.name()));
                note.setValue(line.note() == null ? "" : line.note());
                note.setMaxLength(BudgetLine.NOTE_LENGTH);
                note.setReadOnly(!editable);
                note.addClassName("budget-note");
                amounts.put(line.code(), amount);
                notes.put(line.code(), note);
                var row = new Div(amount, note);
                row.addClassName("budget-row");
                group.add(row);
            }
            if (direction == Direction.INCOME && !expectedIncome.isEmpty()) {
                group.add(expectedIncomeLines());
            }
            editor.add(group);
        }
        incomeTotal.addClassName("budget-total-income");
        expenseTotal.addClassName("budget-total-expense");
        balanceTotal.addClassName("budget-total-balance");
        var totals = new Div(incomeTotal, expenseTotal, balanceTotal);
        totals.addClassName("ledger-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        save.setVisible(editable);
        editor.add(totals, save);
        updateTotals();
        return editor;
    }

    /** Income expected from other features (granted subsidies): shown read-only and counted in the totals. */
    private Div expectedIncomeLines() {
        expected.clear();
        var lines = new Div();
        lines.addClassName("expected-income");
        var help = new Paragraph(getTranslation("bookkeeping.budget.expected.help"));
        help.addClassName("expected-income-help");
        lines.add(new H4(getTranslation("bookkeeping.budget.expected")), help);
        for (ExpectedIncome income : expectedIncome) {
            var amount = new BigDecimalField(getTranslation(income.labelKey(), income.labelArguments().toArray()));
            amount.setValue(income.amount());
            amount.setPrefixComponent(new Span("€"));
            amount.setReadOnly(true);
            amount.setWidthFull();
            amount.addClassName("expected-amount");
            expected.put(amount.getLabel(), amount);
            lines.add(amount);
        }
        return lines;
    }

    private List<BudgetLineData> editedLines() {
        return data.lines().stream().map(line -> new BudgetLineData(line.categoryId(), line.code(), line.name(),
                line.direction(), amounts.get(line.code()).getValue(), notes.get(line.code()).getValue())).toList();
    }

    private void updateTotals() {
        var lines = editedLines();
        BigDecimal income = BudgetData.total(lines, Direction.INCOME).add(BudgetService.total(expectedIncome));
        BigDecimal expense = BudgetData.total(lines, Direction.EXPENSE);
        incomeTotal.setText(getTranslation("bookkeeping.totals.income", Formats.current().money(income)));
        expenseTotal.setText(getTranslation("bookkeeping.totals.expense", Formats.current().money(expense)));
        balanceTotal.setText(getTranslation("bookkeeping.totals.balance", Formats.current().money(income.subtract(expense))));
    }

    private void saveBudget() {
        amounts.values().forEach(field -> field.setInvalid(false));
        try {
            budgetService.save(centre().getId(), shownYear, data.version(), editedLines());
            Notifications.success(getTranslation("bookkeeping.budget.saved", String.valueOf(shownYear)));
            show();
        } catch (BusinessRuleException refused) {
            refused.getField().ifPresent(field -> {
                String code = field.substring(field.indexOf('-') + 1);
                var component = field.startsWith("note-") ? notes.get(code) : amounts.get(code);
                if (component != null) {
                    component.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
                    component.setInvalid(true);
                }
            });
            formErrors.show(null, refused);
        } catch (RuntimeException failed) {
            formErrors.show(null, failed);
        }
    }

    private Div reportSection() {
        var section = new Div();
        section.addClassName("report-section");
        section.add(new H3(getTranslation("bookkeeping.report.title", String.valueOf(shownYear))));
        currentReport = budgetService.report(centre().getId(), shownYear);
        report.setItems(currentReport.lines());
        var tools = new FlexLayout(throughMonth, exportXlsx, exportCsv);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.addClassName("toolbar");
        var summary = new Paragraph(getTranslation("bookkeeping.report.summary",
                Formats.current().money(currentReport.budgeted(Direction.INCOME)), Formats.current().money(currentReport.actual(Direction.INCOME)),
                Formats.current().money(currentReport.budgeted(Direction.EXPENSE)), Formats.current().money(currentReport.actual(Direction.EXPENSE))));
        summary.addClassName("report-summary");
        var bars = new ReportChart("report-chart-bars", getTranslation("bookkeeping.report.chart.bars"));
        var course = new ReportChart("report-chart-course", getTranslation("bookkeeping.report.chart.course"));
        var charts = new Div(bars, course);
        charts.addClassName("report-charts");
        section.add(tools, summary, report, charts);
        bars.barsPerCategory(currentReport, getTranslation("bookkeeping.report.budgeted"),
                getTranslation("bookkeeping.report.actual"));
        course.cumulativeCourse(currentReport, IntStream.rangeClosed(1, 12).mapToObj(m ->
                        Month.of(m).getDisplayName(TextStyle.SHORT, Formats.current().locale())).toList(),
                getTranslation("bookkeeping.report.cumulative.income"),
                getTranslation("bookkeeping.report.cumulative.expense"));
        return section;
    }

    private void buildReportGrid() {
        report.addColumn(ReportLine::name).setHeader(getTranslation("bookkeeping.entry.category"))
                .setWidth("11em").setFlexGrow(1);
        report.addColumn(l -> getTranslation("bookkeeping.direction." + l.direction().name()))
                .setHeader(getTranslation("bookkeeping.direction")).setWidth("6.5em").setFlexGrow(0);
        money(ReportLine::budgeted, "bookkeeping.report.budgeted");
        money(ReportLine::actual, "bookkeeping.report.actual");
        money(l -> l.actualIn(month()), "bookkeeping.report.inMonth");
        money(l -> l.actualThrough(month()), "bookkeeping.report.cumulative");
        money(ReportLine::difference, "bookkeeping.report.difference");
        report.addColumn(l -> Formats.current().percent(l.percentUsed())).setHeader(getTranslation("bookkeeping.report.percent"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5em").setFlexGrow(0);
        report.addComponentColumn(this::statusBadge).setHeader(getTranslation("bookkeeping.report.status"))
                .setWidth("11em").setFlexGrow(0);
        report.setAriaLabel(getTranslation("bookkeeping.report.gridLabel"));
        report.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.addClassName("report-grid");
        report.setAllRowsVisible(true);
    }

    private void money(java.util.function.Function<ReportLine, BigDecimal> value, String headerKey) {
        report.addColumn(l -> Formats.current().money(value.apply(l))).setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5em").setFlexGrow(0);
    }

    private Span statusBadge(ReportLine line) {
        var state = line.status(line.actual());
        Icon icon = switch (state) {
            case OVER -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case NEAR -> VaadinIcon.WARNING.create();
            case OK -> VaadinIcon.CHECK.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("badge-icon");
        var text = new Span(getTranslation("bookkeeping.report.status." + state.name()));
        var badge = new Span(icon, text);
        badge.getElement().getThemeList().add(switch (state) {
            case OVER -> "badge error";
            case NEAR -> "badge warning";
            case OK -> "badge success";
        });
        badge.addClassName("status-" + state.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private int month() {
        return throughMonth.getValue() == null ? 12 : throughMonth.getValue();
    }

    private void confirmClose() {
        Dialogs.confirm(getTranslation("bookkeeping.close.title", String.valueOf(shownYear)),
                getTranslation("bookkeeping.close.text", String.valueOf(shownYear)),
                getTranslation("bookkeeping.close.confirm"), () -> {
                    if (formErrors.attempt(null, () -> yearCloseService.close(centre().getId(), shownYear))) {
                        Notifications.success(getTranslation("bookkeeping.close.done", String.valueOf(shownYear)));
                        show();
                    }
                });
    }

    private void askReopen() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bookkeeping.reopen.title", String.valueOf(shownYear)));
        var reason = new TextArea(getTranslation("bookkeeping.reopen.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("bookkeeping.reopen.confirm"), click -> {
            try {
                yearCloseService.reopen(centre().getId(), shownYear, reason.getValue());
                Notifications.success(getTranslation("bookkeeping.reopen.done", String.valueOf(shownYear)));
                dialog.close();
                show();
            } catch (BusinessRuleException refused) {
                reason.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
                reason.setInvalid(true);
            } catch (RuntimeException failed) {
                formErrors.show(null, failed);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, Formats.current().locale());
    }

    @Override
    protected String titleKey() {
        return "nav.centre.budget";
    }
}
