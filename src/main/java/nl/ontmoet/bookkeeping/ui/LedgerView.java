package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import nl.ontmoet.bookkeeping.service.CategoryService;
import nl.ontmoet.bookkeeping.service.ExportService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.LedgerTotals;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringDataSort;

/**
 * The ledger of a centre: a lazy grid filtered, sorted and paged by the database, the totals of the filtered
 * set under it, exports of the same filter, and a form to book or change an entry with its receipt.
 */
@Route("centres/:centre/ledger")
@PermitAll
@StyleSheet("context://public/bookkeeping.css")
public class LedgerView extends CentreScopedView {

    private final LedgerService ledgerService;
    private final CategoryService categoryService;
    private final ExportService exportService;
    private final FormErrors formErrors;

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Category> category = new ComboBox<>();
    final Select<Direction> direction = new Select<>();
    final TextField search = new TextField();
    final Grid<LedgerRow> grid = new Grid<>();
    final Span incomeTotal = new Span();
    final Span expenseTotal = new Span();
    final Span balanceTotal = new Span();
    final Button create = new Button();
    final Anchor exportXlsx = new Anchor();
    final Anchor exportCsv = new Anchor();
    final LedgerForm form;
    private volatile LedgerFilter filter = LedgerFilter.none();

    LedgerView(CentreService centreService, LedgerService ledgerService, CategoryService categoryService,
               ExportService exportService, FormErrors formErrors, Clock clock) {
        super(centreService);
        this.ledgerService = ledgerService;
        this.categoryService = categoryService;
        this.exportService = exportService;
        this.formErrors = formErrors;
        addClassName("ledger-view");
        form = new LedgerForm(categoryService::active);

        int year = LocalDate.now(clock).getYear();
        from.setLabel(getTranslation("bookkeeping.filter.from"));
        to.setLabel(getTranslation("bookkeeping.filter.to"));
        from.setValue(LocalDate.of(year, 1, 1));
        to.setValue(LocalDate.of(year, 12, 31));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        category.setLabel(getTranslation("bookkeeping.entry.category"));
        category.setItems(categoryService.all());
        category.setItemLabelGenerator(Category::getName);
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("bookkeeping.filter.all"));
        direction.setLabel(getTranslation("bookkeeping.direction"));
        direction.setItems(Direction.values());
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("bookkeeping.filter.all"));
        direction.setItemLabelGenerator(d -> d == null ? getTranslation("bookkeeping.filter.all")
                : getTranslation("bookkeeping.direction." + d.name()));
        search.setLabel(getTranslation("bookkeeping.filter.text"));
        search.setPlaceholder(getTranslation("bookkeeping.filter.text.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        direction.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(r -> Formats.current().date(r.entryDate())).setHeader(getTranslation("bookkeeping.entry.date"))
                .setSortProperty("entryDate").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("bookkeeping.direction." + r.direction().name()))
                .setHeader(getTranslation("bookkeeping.direction")).setSortProperty("direction")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LedgerRow::categoryName).setHeader(getTranslation("bookkeeping.entry.category"))
                .setSortProperty("category.name").setAutoWidth(true);
        grid.addColumn(LedgerRow::description).setHeader(getTranslation("bookkeeping.entry.description"))
                .setSortProperty("description").setFlexGrow(2);
        grid.addColumn(LedgerRow::counterparty).setHeader(getTranslation("bookkeeping.entry.counterparty"))
                .setSortProperty("counterparty");
        grid.addColumn(r -> Formats.current().money(r.amount())).setHeader(getTranslation("bookkeeping.entry.amount"))
                .setSortProperty("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.hasReceipt() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("bookkeeping.entry.receipt.short")).setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(getTranslation("nav.centre.ledger"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(ledgerService.get(change.getValue().id()));
            } else {
                form.setVisible(false);
            }
        });

        create.setText(getTranslation("bookkeeping.entry.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            grid.asSingleSelect().clear();
            edit(ledgerService.newEntry(centre().getId()));
        });
        exportXlsx.setText(getTranslation("bookkeeping.export.xlsx"));
        exportCsv.setText(getTranslation("bookkeeping.export.csv"));
        exportXlsx.getElement().setAttribute("download", true);
        exportCsv.getElement().setAttribute("download", true);

        form.addSaveListener(save -> {
            if (formErrors.attempt(form.getBinder(), () -> ledgerService.save(save.getBean(), form.pendingReceipt()))) {
                Notifications.success(getTranslation("bookkeeping.entry.saved", save.getBean().getDescription()));
                closeForm();
            }
        });
        form.addDeleteListener(delete -> confirmDelete(delete.getBean()));
        form.addCancelListener(cancel -> closeForm());
    }

    @Override
    protected void render(Centre centre) {
        long centreId = centre.getId();
        grid.setItems(query -> ledgerService.page(centreId, filter, PageRequest.of(query.getPage(),
                query.getPageSize(), sortOf(query))).stream());
        exportXlsx.setHref(Downloads.handler(() -> exportService.ledgerXlsx(centreId, filter)));
        exportCsv.setHref(Downloads.handler(() -> exportService.ledgerCsv(centreId, filter)));
        boolean canBook = ledgerService.canBook(centreId);
        create.setVisible(canBook);
        form.setVisible(false);

        var filters = new FlexLayout(from, to, direction, category, search);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("toolbar");
        var actions = new FlexLayout(create, exportXlsx, exportCsv);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("bookkeeping-actions");
        incomeTotal.addClassName("ledger-total-income");
        expenseTotal.addClassName("ledger-total-expense");
        balanceTotal.addClassName("ledger-total-balance");
        var totals = new Div(incomeTotal, expenseTotal, balanceTotal);
        totals.addClassName("ledger-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        var list = new Div(grid, totals);
        list.addClassName("ledger-list");
        var content = new Div(list, form);
        content.addClassName("list-with-form");
        add(filters, actions, content);
        refresh();
    }

    private void refresh() {
        if (centre() == null) {
            return;
        }
        filter = new LedgerFilter(from.getValue(), to.getValue(),
                category.getValue() == null ? null : category.getValue().getId(), direction.getValue(),
                search.getValue());
        grid.getDataProvider().refreshAll();
        LedgerTotals totals = ledgerService.totals(centre().getId(), filter);
        incomeTotal.setText(getTranslation("bookkeeping.totals.income", Formats.current().money(totals.income())));
        expenseTotal.setText(getTranslation("bookkeeping.totals.expense", Formats.current().money(totals.expense())));
        balanceTotal.setText(getTranslation("bookkeeping.totals.balance", Formats.current().money(totals.balance())));
    }

    /** The grid's sort, always ending in id so that paging is stable; newest first when nothing is chosen. */
    private static Sort sortOf(Query<?, ?> query) {
        Sort sort = toSpringDataSort(query);
        if (sort.isUnsorted()) {
            return Sort.by(Sort.Direction.DESC, "entryDate", "id");
        }
        List<Sort.Order> all = new ArrayList<>(sort.toList());
        all.add(Sort.Order.desc("id"));
        return Sort.by(all);
    }

    private void edit(LedgerEntry entry) {
        boolean readOnly = !ledgerService.canBook(centre().getId());
        var download = !entry.isNew() && ledgerService.hasReceipt(entry.getId())
                ? Downloads.handler(() -> ledgerService.receipt(entry.getId())) : null;
        form.setEntry(entry, readOnly, download);
        form.setVisible(true);
        if (!readOnly) {
            form.entryDate.focus();
        }
    }

    private void confirmDelete(LedgerEntry entry) {
        Dialogs.confirmDelete(getTranslation("bookkeeping.entry.delete.title", entry.getDescription()),
                getTranslation("bookkeeping.entry.delete.text"), () -> {
                    if (formErrors.attempt(form.getBinder(), () -> ledgerService.delete(entry.getId()))) {
                        Notifications.success(getTranslation("bookkeeping.entry.deleted", entry.getDescription()));
                        closeForm();
                    }
                });
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
        refresh();
    }

    @Override
    protected String titleKey() {
        return "nav.centre.ledger";
    }
}
