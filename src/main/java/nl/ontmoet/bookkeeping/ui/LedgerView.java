package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.export.CsvStyle;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.service.CategoryService;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;
import nl.ontmoet.bookkeeping.service.ExportService;
import nl.ontmoet.bookkeeping.service.LedgerCorrectionService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The ledger of a centre: a lazy grid filtered, sorted and paged by the database, the totals of the filtered
 * set under it, exports of the same filter, and a form to book or change an entry with its receipt. The grid
 * shows {@code LedgerRow}s and the form edits the {@link LedgerEntry} behind one, so the two are wired here
 * rather than in a {@code ListWithForm}.
 */
@Route("centres/:centre/ledger")
@PermitAll
@StyleSheet("context://public/bookkeeping.css")
public class LedgerView extends CentreScopedView {

    static final String ENTRY_PARAMETER = "boeking";

    private final LedgerService ledgerService;
    private final ExportService exportService;
    private final LedgerAccountService accountService;
    private final FormErrors formErrors;
    final LedgerFilters filters;
    final LedgerGrid grid = new LedgerGrid();
    final Totals totals = new Totals("ledger-total");
    final Button create = new Button();
    final Button correct = new Button();
    final Anchor exportXlsx = new Anchor();
    final Anchor exportCsv = new Anchor();
    final Anchor exportMachineCsv = new Anchor();
    final LedgerForm form;
    private volatile LedgerFilter filter = LedgerFilter.none();

    LedgerView(CentreService centreService, LedgerService ledgerService, CategoryService categoryService,
               ExportService exportService, LedgerAccountService accountService,
               LedgerCorrectionService correctionService, FormErrors formErrors, Clock clock) {
        super(centreService);
        this.accountService = accountService;
        this.ledgerService = ledgerService;
        this.exportService = exportService;
        this.formErrors = formErrors;
        addClassName("ledger-view");
        form = new LedgerForm(categoryService::active);
        filters = new LedgerFilters(LocalDate.now(clock).getYear(), categoryService.all(), this::refresh);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(ledgerService.get(change.getValue().id()));
            } else {
                form.setVisible(false);
            }
            correct.setVisible(change.getValue() != null && ledgerService.canBook(centre().getId()));
        });
        correct.setText(getTranslation("bookkeeping.correction.button"));
        correct.setVisible(false);
        correct.addClickListener(click -> {
            var row = grid.asSingleSelect().getValue();
            var today = LocalDate.now(clock);
            if (row != null && formErrors.attempt(form.getBinder(),
                    () -> correctionService.correct(centre().getId(), row.id(), today, null, null))) {
                Notifications.success(getTranslation("bookkeeping.correction.booked", row.description(),
                        Formats.current().date(today)));
                closeForm();
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
        exportMachineCsv.setText(getTranslation("bookkeeping.export.csv.machine"));
        exportMachineCsv.getElement().setAttribute("download", true);

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
                query.getPageSize(), LedgerGrid.sortOf(query))).stream());
        exportXlsx.setHref(Downloads.handler(() -> exportService.ledgerXlsx(centreId, filter)));
        exportCsv.setHref(Downloads.handler(() -> exportService.ledgerCsv(centreId, filter)));
        exportMachineCsv.setHref(Downloads.handler(() -> exportService.ledgerCsv(centreId, filter, CsvStyle.MACHINE)));
        create.setVisible(ledgerService.canBook(centreId));
        form.setAccounts(accountService.accounts(centreId));
        form.setVisible(false);

        var actions = new FlexLayout(create, correct, exportXlsx, exportCsv, exportMachineCsv);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("bookkeeping-actions");
        var list = new Div(grid, totals);
        list.addClassName("ledger-list");
        var content = new Div(list, form);
        content.addClassName("list-with-form");
        add(filters, actions, content);
        refresh();
        openRequestedEntry();
    }

    /** A search result links to {@code ledger?boeking=<id>}: that entry opens in the form, if it is this centre's. */
    private void openRequestedEntry() {
        queryParameters().getSingleParameter(ENTRY_PARAMETER)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(id -> ledgerService.get(Long.parseLong(id)))
                .filter(entry -> entry.getCentre().getId().equals(centre().getId()))
                .ifPresent(this::edit);
    }

    private void refresh() {
        if (centre() == null) {
            return;
        }
        filter = filters.filter();
        grid.getDataProvider().refreshAll();
        var sums = ledgerService.totals(centre().getId(), filter);
        totals.show(sums.income(), sums.expense());
    }

    private void edit(LedgerEntry entry) {
        boolean readOnly = !ledgerService.canBook(centre().getId());
        var download = !entry.isNew() && ledgerService.hasReceipt(entry.getId())
                ? Downloads.handler(() -> ledgerService.receipt(entry.getId())) : null;
        long centreId = centre().getId();
        form.useSubsidies(ledgerService.assignableSubsidies(centreId), id -> ledgerService.subsidyLabel(centreId, id));
        form.edit(entry, readOnly, download);
        form.setVisible(true);
        if (!readOnly) {
            form.focusFirstField();
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
