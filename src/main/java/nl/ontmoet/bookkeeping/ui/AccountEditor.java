package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.bookkeeping.domain.AccountKind;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;

import java.util.Map;

/**
 * Changes the selected account: its name and (for a bank account) IBAN, deactivating or activating it, and removing
 * it while nothing is booked on it. Each change carries the version the account was shown with.
 */
class AccountEditor extends FlexLayout {

    private final LedgerAccountService accountService;
    private final FormErrors formErrors;
    private final Runnable onChange;
    final TextField name = new TextField();
    final TextField iban = new TextField();
    final Button save = new Button();
    final Button toggleActive = new Button();
    final Button remove = new Button();
    private LedgerAccount account;

    AccountEditor(LedgerAccountService accountService, FormErrors formErrors, Runnable onChange) {
        this.accountService = accountService;
        this.formErrors = formErrors;
        this.onChange = onChange;
        addClassName("toolbar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        name.setLabel(getTranslation("bookkeeping.accounts.name"));
        name.setMaxLength(LedgerAccount.NAME_LENGTH);
        iban.setLabel(getTranslation("bookkeeping.accounts.iban"));
        save.setText(getTranslation("bookkeeping.accounts.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> change(() -> accountService.update(account.getId(), account.getVersion(),
                name.getValue(), iban.getValue()), "bookkeeping.accounts.saved"));
        toggleActive.addClickListener(click -> change(() -> accountService.setActive(account.getId(),
                account.getVersion(), !account.isActive()), account.isActive() ? "bookkeeping.accounts.deactivated"
                : "bookkeeping.accounts.activated"));
        remove.setText(getTranslation("bookkeeping.accounts.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> Dialogs.confirmDelete(
                getTranslation("bookkeeping.accounts.removeTitle", account.getName()),
                getTranslation("bookkeeping.accounts.removeText"),
                () -> change(() -> accountService.remove(account.getId(), account.getVersion()),
                        "bookkeeping.accounts.removed")));
        add(name, iban, save, toggleActive, remove);
        setVisible(false);
    }

    /** Shows the account to change; none hides the editor. */
    void edit(LedgerAccount selected) {
        this.account = selected;
        setVisible(selected != null);
        name.setInvalid(false);
        iban.setInvalid(false);
        if (selected == null) {
            return;
        }
        name.setValue(selected.getName());
        iban.setValue(selected.getIban() == null ? "" : selected.getIban());
        iban.setVisible(selected.getKind() == AccountKind.BANK);
        toggleActive.setText(getTranslation(selected.isActive() ? "bookkeeping.accounts.deactivate"
                : "bookkeeping.accounts.activate"));
    }

    private void change(Runnable action, String doneKey) {
        String shownName = account.getName();
        Map<String, HasValidation> fields = Map.of("name", name, "iban", iban);
        if (formErrors.attemptOnFields(fields, action)) {
            Notifications.success(getTranslation(doneKey, name.getValue().isBlank() ? shownName : name.getValue()));
            onChange.run();
        }
    }
}
