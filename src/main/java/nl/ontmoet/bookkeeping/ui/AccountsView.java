package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The bank accounts and cash box of a centre with their opening balance and balance at the end of the chosen
 * year; coordinators add accounts and set an opening balance while the year is open.
 */
@Route("centres/:centre/accounts")
@PermitAll
public class AccountsView extends CentreScopedView {

    private final LedgerAccountService accountService;
    private final LedgerService ledgerService;
    private final YearCloseService yearCloseService;
    private final FormErrors formErrors;
    private final CurrentUser currentUser;
    private boolean editorVisible;
    final Select<Integer> year = new Select<>();
    final Grid<LedgerAccount> grid = new Grid<>();
    final BigDecimalField openingBalance = new BigDecimalField();
    final Button saveOpening = new Button();
    final TextField name = new TextField();
    final TextField iban = new TextField();
    final Button addBank = new Button();
    final Button addCash = new Button();
    final RouterLink yearEnd = new RouterLink();
    final AccountEditor editor;
    final Button importStatement = new Button();

    AccountsView(CentreService centreService, LedgerAccountService accountService, LedgerService ledgerService,
                 YearCloseService yearCloseService, FormErrors formErrors, CurrentUser currentUser, Clock clock) {
        super(centreService);
        this.accountService = accountService;
        this.ledgerService = ledgerService;
        this.yearCloseService = yearCloseService;
        this.formErrors = formErrors;
        this.currentUser = currentUser;
        addClassName("accounts-view");
        editor = new AccountEditor(accountService, formErrors, this::show);
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("bookkeeping.accounts.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> show());
        grid.addColumn(LedgerAccount::getName).setHeader(getTranslation("bookkeeping.accounts.name")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("bookkeeping.accounts.kind." + a.getKind().name()))
                .setHeader(getTranslation("bookkeeping.direction")).setAutoWidth(true);
        grid.addColumn(a -> a.getIban() == null ? "" : a.getIban()).setHeader(getTranslation("bookkeeping.accounts.iban"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.current().money(accountService.openingBalance(a.getId(), year.getValue())))
                .setHeader(getTranslation("bookkeeping.accounts.opening", "")).setTextAlign(ColumnTextAlign.END)
                .setKey("opening");
        grid.addColumn(a -> Formats.current().money(accountService.balanceOn(a.getId(),
                        LocalDate.of(year.getValue(), 12, 31))))
                .setHeader(getTranslation("bookkeeping.accounts.closing", "")).setTextAlign(ColumnTextAlign.END)
                .setKey("closing");
        grid.addColumn(a -> getTranslation(a.isActive() ? "bookkeeping.accounts.active" : "bookkeeping.accounts.inactive"))
                .setHeader(getTranslation("bookkeeping.accounts.active")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("bookkeeping.accounts.title"));
        grid.asSingleSelect().addValueChangeListener(change -> showOpening(change.getValue()));
        openingBalance.setPrefixComponent(new Span("€"));
        saveOpening.setText(getTranslation("bookkeeping.accounts.saveOpening"));
        saveOpening.addClickListener(click -> saveOpening());
        name.setLabel(getTranslation("bookkeeping.accounts.name"));
        name.setMaxLength(LedgerAccount.NAME_LENGTH);
        iban.setLabel(getTranslation("bookkeeping.accounts.iban"));
        addBank.setText(getTranslation("bookkeeping.accounts.addBank"));
        addBank.addClickListener(click -> add(() -> accountService.addBankAccount(centre().getId(), name.getValue(),
                iban.getValue())));
        addCash.setText(getTranslation("bookkeeping.accounts.addCash"));
        addCash.addClickListener(click -> add(() -> accountService.addCashBox(centre().getId(), name.getValue())));
        importStatement.setText(getTranslation("bookkeeping.statement.open"));
        importStatement.setIcon(VaadinIcon.UPLOAD.create());
        importStatement.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(StatementImportView.class,
                routeParameters())));
    }

    @Override
    protected void render(Centre centre) {
        boolean canKeep = ledgerService.canBook(centre.getId());
        var opening = new FlexLayout(openingBalance, saveOpening);
        opening.setAlignItems(FlexComponent.Alignment.BASELINE);
        opening.addClassName("toolbar");
        var adding = new FlexLayout(name, iban, addBank, addCash);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.addClassName("toolbar");
        opening.setVisible(canKeep);
        editorVisible = canKeep;
        adding.setVisible(canKeep);
        var top = new FlexLayout(year, yearEnd, importStatement);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.addClassName("toolbar");
        yearEnd.setVisible(currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.MANAGER)
                || currentUser.hasRole(Role.COORDINATOR));
        importStatement.setVisible(canKeep);
        var editHeading = new H3(getTranslation("bookkeeping.accounts.edit"));
        editHeading.setVisible(canKeep);
        add(top, grid, opening, editHeading, editor, new H3(getTranslation("bookkeeping.accounts.addBank")), adding);
        show();
    }

    private void show() {
        if (centre() == null) {
            return;
        }
        grid.getColumnByKey("opening").setHeader(getTranslation("bookkeeping.accounts.opening", year.getValue()));
        grid.getColumnByKey("closing").setHeader(getTranslation("bookkeeping.accounts.closing", year.getValue()));
        boolean closed = yearCloseService.isClosed(centre().getId(), year.getValue());
        yearEnd.setText(getTranslation(closed ? "bookkeeping.yearEnd.link" : "bookkeeping.yearEnd.linkProvisional",
                String.valueOf(year.getValue())));
        yearEnd.setRoute(YearEndView.class, YearEndView.parameters(centre().getSlug(), year.getValue()));
        var accounts = accountService.accounts(centre().getId());
        grid.setItems(accounts);
        grid.select(accounts.isEmpty() ? null : accounts.getFirst());
    }

    private void showOpening(LedgerAccount account) {
        editor.edit(editorVisible ? account : null);
        openingBalance.setInvalid(false);
        saveOpening.setEnabled(account != null);
        if (account == null) {
            return;
        }
        int shown = year.getValue();
        openingBalance.setLabel(getTranslation("bookkeeping.accounts.opening", String.valueOf(shown)) + " – "
                + account.getName());
        openingBalance.setValue(accountService.openingBalance(account.getId(), shown));
        boolean closed = yearCloseService.isClosed(centre().getId(), shown);
        openingBalance.setHelperText(closed ? getTranslation("bookkeeping.accounts.closed", String.valueOf(shown)) : "");
    }

    private void saveOpening() {
        var account = grid.asSingleSelect().getValue();
        String yearText = String.valueOf(year.getValue());
        if (formErrors.attemptOnFields(Map.of("openingBalance", openingBalance),
                () -> accountService.setOpeningBalance(account.getId(), year.getValue(), openingBalance.getValue()))) {
            Notifications.success(getTranslation("bookkeeping.accounts.openingSaved", yearText, account.getName()));
            grid.getDataProvider().refreshAll();
        }
    }

    private void add(Runnable action) {
        if (formErrors.attemptOnFields(Map.of("name", name, "iban", iban), action)) {
            Notifications.success(getTranslation("bookkeeping.accounts.added", name.getValue()));
            name.clear();
            iban.clear();
            show();
        }
    }

    @Override
    protected String titleKey() {
        return "bookkeeping.accounts.title";
    }
}
