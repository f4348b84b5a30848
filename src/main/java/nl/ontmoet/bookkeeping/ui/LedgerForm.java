package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import nl.ontmoet.base.ui.FormEvent;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.service.BookkeepingRules;
import nl.ontmoet.bookkeeping.service.ReceiptUpload;

import java.util.List;
import java.util.function.Function;

/**
 * Books or changes one ledger entry, with an optional receipt. Knows nothing of persistence: the categories
 * for a direction come from the function the view gives it, and save, delete and cancel are events.
 */
public class LedgerForm extends FormLayout {

    final H3 title = new H3();
    final DatePicker entryDate = new DatePicker();
    final BigDecimalField amount = new BigDecimalField();
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    final ComboBox<Category> category = new ComboBox<>();
    final TextField description = new TextField();
    final TextField counterparty = new TextField();
    final TextField reference = new TextField();
    final Upload receipt;
    final Span receiptStatus = new Span();
    final Anchor receiptLink = new Anchor();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<LedgerEntry> binder = new BeanValidationBinder<>(LedgerEntry.class);
    private final Function<Direction, List<Category>> categoriesFor;
    private LedgerEntry entry;
    private ReceiptUpload pendingReceipt;

    public LedgerForm(Function<Direction, List<Category>> categoriesFor) {
        this.categoriesFor = categoriesFor;
        addClassNames("bookkeeping-form", "ledger-form");
        entryDate.setLabel(getTranslation("bookkeeping.entry.date"));
        entryDate.setRequiredIndicatorVisible(true);
        amount.setLabel(getTranslation("bookkeeping.entry.amount"));
        amount.setHelperText(getTranslation("bookkeeping.entry.amount.help"));
        amount.setPrefixComponent(new Span("€"));
        direction.setLabel(getTranslation("bookkeeping.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("bookkeeping.direction." + d.name()));
        category.setLabel(getTranslation("bookkeeping.entry.category"));
        category.setItemLabelGenerator(Category::getName);
        description.setLabel(getTranslation("bookkeeping.entry.description"));
        description.setMaxLength(LedgerEntry.DESCRIPTION_LENGTH);
        counterparty.setLabel(getTranslation("bookkeeping.entry.counterparty"));
        counterparty.setMaxLength(LedgerEntry.COUNTERPARTY_LENGTH);
        reference.setLabel(getTranslation("bookkeeping.entry.reference"));
        reference.setHelperText(getTranslation("bookkeeping.entry.reference.help"));
        reference.setMaxLength(LedgerEntry.REFERENCE_LENGTH);
        binder.bindInstanceFields(this);
        direction.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                category.setItems(categoriesFor.apply(change.getValue()));
                category.clear();
            }
        });

        receipt = new Upload(UploadHandler.inMemory((metadata, data) ->
                getUI().ifPresent(ui -> ui.access(() -> receiptChosen(metadata.fileName(), data)))));
        receipt.setMaxFiles(1);
        receipt.setMaxFileSize((int) BookkeepingRules.MAX_RECEIPT_BYTES);
        receipt.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        receipt.setDropAllowed(true);
        receipt.getElement().setAttribute("aria-label", getTranslation("bookkeeping.entry.receipt"));
        receipt.addFileRejectedListener(rejected -> receiptStatus.setText(
                getTranslation("bookkeeping.error.receiptRejected", rejected.getFileName())));
        var receiptLabel = new NativeLabel(getTranslation("bookkeeping.entry.receipt"));
        receiptLabel.addClassName("field-label");
        var receiptHelp = new Span(getTranslation("bookkeeping.entry.receipt.help"));
        receiptHelp.addClassName("field-help");
        var receiptBox = new VerticalLayout(receiptLabel, receiptHelp, receipt, receiptStatus, receiptLink);
        receiptBox.setPadding(false);
        receiptBox.setSpacing(false);
        receiptBox.addClassName("receipt-box");

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (entry != null && binder.writeBeanIfValid(entry)) {
                fireEvent(new SaveEvent(this, entry));
            }
        });
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, entry)));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(title, entryDate, direction, amount, category, description, counterparty, reference, receiptBox,
                new HorizontalLayout(save, delete, cancel));
    }

    /** Shows an entry; {@code readOnly} for those who may only look, {@code receiptDownload} when it has a receipt. */
    public void setEntry(LedgerEntry entry, boolean readOnly, DownloadHandler receiptDownload) {
        this.entry = entry;
        this.pendingReceipt = null;
        receipt.clearFileList();
        receiptStatus.setText("");
        if (entry == null) {
            return;
        }
        var choices = new java.util.ArrayList<>(categoriesFor.apply(entry.getDirection()));
        if (entry.getCategory() != null && !choices.contains(entry.getCategory())) {
            choices.add(entry.getCategory());
        }
        category.setItems(choices);
        binder.readBean(entry);
        binder.setReadOnly(readOnly);
        title.setText(getTranslation(entry.isNew() ? "bookkeeping.entry.new"
                : readOnly ? "bookkeeping.entry.view" : "bookkeeping.entry.edit"));
        delete.setVisible(!entry.isNew() && !readOnly);
        save.setVisible(!readOnly);
        receipt.setVisible(!readOnly);
        receiptLink.setVisible(receiptDownload != null);
        if (receiptDownload != null) {
            receiptLink.setHref(receiptDownload);
            receiptLink.setText(getTranslation("bookkeeping.entry.receipt.download"));
            receiptLink.getElement().setAttribute("download", true);
        }
    }

    /** Called when a file is uploaded; the view may also call it directly (tests). */
    void receiptChosen(String fileName, byte[] content) {
        pendingReceipt = new ReceiptUpload(fileName, content);
        receiptStatus.setText(getTranslation("bookkeeping.entry.receipt.chosen", fileName));
    }

    public ReceiptUpload pendingReceipt() {
        return pendingReceipt;
    }

    public BeanValidationBinder<LedgerEntry> getBinder() {
        return binder;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends FormEvent<LedgerForm, LedgerEntry> {
        SaveEvent(LedgerForm source, LedgerEntry entry) {
            super(source, entry);
        }
    }

    public static class DeleteEvent extends FormEvent<LedgerForm, LedgerEntry> {
        DeleteEvent(LedgerForm source, LedgerEntry entry) {
            super(source, entry);
        }
    }

    public static class CancelEvent extends FormEvent<LedgerForm, LedgerEntry> {
        CancelEvent(LedgerForm source) {
            super(source, null);
        }
    }
}
