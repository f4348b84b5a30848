package nl.ontmoet.bookkeeping.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.base.ui.UploadField;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.service.BookkeepingRules;
import nl.ontmoet.bookkeeping.service.SubsidyChoice;
import nl.ontmoet.bookkeeping.service.ReceiptUpload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Books or changes one ledger entry, with an optional receipt. Knows nothing of persistence: the categories
 * for a direction come from the function the view gives it.
 */
public class LedgerForm extends BeanForm<LedgerEntry> {

    final DatePicker entryDate = new DateField();
    final BigDecimalField amount = new BigDecimalField();
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    final ComboBox<Category> category = new ComboBox<>();
    final ComboBox<LedgerAccount> account = new ComboBox<>();
    final TextField description = new TextField();
    final TextField counterparty = new TextField();
    final TextField reference = new TextField();
    final UploadField receipt;
    final Span receiptStatus = new Span();
    final Anchor receiptLink = new Anchor();
    final ComboBox<SubsidyChoice> subsidy = new ComboBox<>();
    private List<SubsidyChoice> subsidyChoices = List.of();
    private Function<Long, String> subsidyLabel = String::valueOf;

    private final Function<Direction, List<Category>> categoriesFor;
    private boolean readOnly;
    private DownloadHandler receiptDownload;
    private ReceiptUpload pendingReceipt;

    public LedgerForm(Function<Direction, List<Category>> categoriesFor) {
        super(LedgerEntry.class, "bookkeeping.entry.new", "bookkeeping.entry.edit");
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
        account.setLabel(getTranslation("bookkeeping.account"));
        account.setItemLabelGenerator(a -> a.isActive() ? a.getLabel()
                : a.getLabel() + " – " + getTranslation("bookkeeping.accounts.inactive"));
        account.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("bookkeeping.entry.description"));
        description.setMaxLength(LedgerEntry.DESCRIPTION_LENGTH);
        counterparty.setLabel(getTranslation("bookkeeping.entry.counterparty"));
        counterparty.setMaxLength(LedgerEntry.COUNTERPARTY_LENGTH);
        reference.setLabel(getTranslation("bookkeeping.entry.reference"));
        reference.setHelperText(getTranslation("bookkeeping.entry.reference.help"));
        reference.setMaxLength(LedgerEntry.REFERENCE_LENGTH);
        direction.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                category.setItems(categoriesFor.apply(change.getValue()));
                category.clear();
            }
        });
        receipt = new UploadField(BookkeepingRules.MAX_RECEIPT_BYTES, (fileName, data) ->
                getUI().ifPresent(ui -> ui.access(() -> receiptChosen(fileName, data))));
        bindSubsidy();
        layout(entryDate, direction, amount, category, account, description, counterparty, reference, subsidy, receiptBox());
    }

    /** The subsidy chooser, bound to the entry's subsidy id; refusals land on it as {@code subsidyApplicationId}. */
    private void bindSubsidy() {
        subsidy.setLabel(getTranslation("bookkeeping.entry.subsidy"));
        subsidy.setHelperText(getTranslation("bookkeeping.entry.subsidy.help"));
        subsidy.setItemLabelGenerator(SubsidyChoice::label);
        subsidy.setClearButtonVisible(true);
        binder.forField(subsidy).withConverter(
                choice -> choice == null ? null : choice.applicationId(),
                id -> id == null ? null : subsidyChoices.stream().filter(c -> c.applicationId() == id).findFirst()
                        .orElseGet(() -> new SubsidyChoice(id, subsidyLabel.apply(id))))
                .bind("subsidyApplicationId");
    }

    /** The granted subsidies an entry of this centre may be assigned to, and the label of any other assigned one. */
    public void useSubsidies(List<SubsidyChoice> choices, Function<Long, String> labelOfAssigned) {
        this.subsidyChoices = choices;
        this.subsidyLabel = labelOfAssigned;
        subsidy.setItems(choices);
    }

    private VerticalLayout receiptBox() {
        receipt.setMaxFiles(1);
        receipt.setAcceptedFileTypes(BookkeepingRules.RECEIPT_FILE_TYPES.toArray(String[]::new));
        receipt.getElement().setAttribute("aria-label", getTranslation("bookkeeping.entry.receipt"));
        receipt.addFileRejectedListener(rejected -> receiptStatus.setText(
                getTranslation("bookkeeping.error.receiptRejected", rejected.getFileName())));
        var receiptLabel = new NativeLabel(getTranslation("bookkeeping.entry.receipt"));
        receiptLabel.addClassName("field-label");
        var receiptHelp = new Span(getTranslation("bookkeeping.entry.receipt.help"));
        receiptHelp.addClassName("field-help");
        var box = new VerticalLayout(receiptLabel, receiptHelp, receipt, receiptStatus, receiptLink);
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("receipt-box");
        return box;
    }

    /** Shows an entry; {@code readOnly} for those who may only look, {@code receiptDownload} when it has a receipt. */
    public void edit(LedgerEntry entry, boolean readOnly, DownloadHandler receiptDownload) {
        this.readOnly = readOnly;
        this.receiptDownload = receiptDownload;
        pendingReceipt = null;
        receipt.clearFileList();
        receiptStatus.setText("");
        if (entry != null) {
            // an entry keeps its category even when that category has been deactivated since
            var choices = new ArrayList<>(categoriesFor.apply(entry.getDirection()));
            if (entry.getCategory() != null && !choices.contains(entry.getCategory())) {
                choices.add(entry.getCategory());
            }
            category.setItems(choices);
        }
        edit(entry);
    }

    @Override
    protected void onEdit(LedgerEntry entry) {
        binder.setReadOnly(readOnly);
        if (readOnly && !entry.isNew()) {
            title.setText(getTranslation("bookkeeping.entry.view"));
        }
        save.setVisible(!readOnly);
        receipt.setVisible(!readOnly);
        receiptLink.setVisible(receiptDownload != null);
        if (receiptDownload != null) {
            receiptLink.setHref(receiptDownload);
            receiptLink.setText(getTranslation("bookkeeping.entry.receipt.download"));
            receiptLink.getElement().setAttribute("download", true);
        }
    }

    @Override
    protected boolean canDelete(LedgerEntry entry) {
        return !readOnly;
    }

    /** The accounts of the centre to choose from; a new entry comes with the default one chosen. */
    public void setAccounts(List<LedgerAccount> accounts) {
        account.setItems(accounts);
    }

    /** Called when a file is uploaded; the view may also call it directly (tests). */
    void receiptChosen(String fileName, byte[] content) {
        pendingReceipt = new ReceiptUpload(fileName, content);
        receiptStatus.setText(getTranslation("bookkeeping.entry.receipt.chosen", fileName));
    }

    public ReceiptUpload pendingReceipt() {
        return pendingReceipt;
    }
}
