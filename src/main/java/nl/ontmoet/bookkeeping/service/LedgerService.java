package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import nl.ontmoet.bookkeeping.domain.Receipt;
import nl.ontmoet.bookkeeping.domain.ReceiptRepository;
import nl.ontmoet.centre.service.CentreAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ledger (boekingen) of a centre. Everyone who may see the centre reads it; only its coordinators
 * book, change and delete, and never in a closed year.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LedgerService {

    private final LedgerEntryRepository entries;
    private final CategoryRepository categories;
    private final ReceiptRepository receipts;
    private final YearCloseService yearClose;
    private final AccountBalances balances;
    private final CentreAccess access;
    private final Clock clock;
    private final List<SubsidyAssignments> subsidies;

    public Page<LedgerRow> page(long centreId, LedgerFilter filter, Pageable pageable) {
        access.requireReadable(centreId);
        // a deferred join: the database sorts and pages ids only, then the page's rows are fetched by id
        Page<Long> ids = entries.searchIds(centreId, filter.from(), filter.to(), filter.categoryId(),
                filter.direction(), filter.textPattern(), pageable);
        if (ids.isEmpty()) {
            return ids.map(id -> null);
        }
        Map<Long, LedgerRow> rows = balances.withRunningBalances(entries.rows(ids.getContent())).stream()
                .collect(Collectors.toMap(LedgerRow::id, Function.identity()));
        return ids.map(rows::get);
    }

    public LedgerTotals totals(long centreId, LedgerFilter filter) {
        access.requireReadable(centreId);
        BigDecimal income = BigDecimal.ZERO.setScale(2);
        BigDecimal expense = BigDecimal.ZERO.setScale(2);
        for (Object[] row : entries.totals(centreId, filter.from(), filter.to(), filter.categoryId(),
                filter.direction(), filter.textPattern())) {
            BigDecimal sum = ((BigDecimal) row[1]).setScale(2);
            if (row[0] == Direction.INCOME) {
                income = sum;
            } else {
                expense = sum;
            }
        }
        return new LedgerTotals(income, expense);
    }

    public boolean canBook(long centreId) {
        return access.canManage(centreId);
    }

    /** A new entry of today, an expense from the centre's default account. */
    @Transactional
    public LedgerEntry newEntry(long centreId) {
        var centre = access.requireReadable(centreId);
        access.requireManageable(centreId);
        var entry = new LedgerEntry(centre);
        entry.setAccount(balances.defaultAccount(centre));
        entry.setEntryDate(LocalDate.now(clock));
        entry.setDirection(Direction.EXPENSE);
        return entry;
    }

    /** The entry with its category, for editing; only for those who may see its centre. */
    public LedgerEntry get(long entryId) {
        var entry = entries.findWithCategoryById(entryId)
                .orElseThrow(() -> new RecordNotFoundException("LedgerEntry", entryId));
        if (!access.canRead(entry.getCentre().getId())) {
            throw new RecordNotFoundException("LedgerEntry", entryId);
        }
        return entry;
    }

    /** Books a new entry or stores a changed one, with an optional receipt; refuses bad input at its field. */
    @Transactional
    public LedgerEntry save(LedgerEntry entry, ReceiptUpload receipt) {
        long centreId = entry.getCentre().getId();
        access.requireManageable(centreId);
        Long assignedBefore = null;
        if (!entry.isNew()) {
            var stored = entries.findById(entry.getId())
                    .orElseThrow(() -> new RecordNotFoundException("LedgerEntry", entry.getId()));
            if (!stored.getCentre().getId().equals(centreId)) {
                throw new RecordNotFoundException("LedgerEntry", entry.getId());
            }
            yearClose.requireOpen(centreId, stored.getEntryDate().getYear(), "entryDate");
            requireNotSubsidyPayment(entry.getId());
            assignedBefore = stored.getSubsidyApplicationId();
        }
        requireAssignment(centreId, assignedBefore, entry.getSubsidyApplicationId());
        BookkeepingRules.requireEntryDate(entry.getEntryDate(), LocalDate.now(clock));
        yearClose.requireOpen(centreId, entry.getEntryDate().getYear(), "entryDate");
        if (entry.getCorrects() != null && !entries.findById(entry.getCorrects().getId())
                .map(corrected -> corrected.getCentre().getId().equals(centreId)).orElse(false)) {
            throw BusinessRuleException.onField("corrects", "bookkeeping.correction.error.referenceRequired");
        }
        entry.setAmount(entry.getCorrects() == null
                ? BookkeepingRules.requireEntryAmount(entry.getAmount(), "amount")
                : BookkeepingRules.requireCorrectionAmount(entry.getAmount(), "amount"));
        var category = entry.getCategory() == null ? null
                : categories.findById(entry.getCategory().getId()).orElse(null);
        BookkeepingRules.requireCategoryFits(category, entry.getDirection());
        entry.setCategory(category);
        entry.setAccount(BookkeepingRules.requireOpenAccount(entry.getAccount() == null
                ? balances.defaultAccount(entry.getCentre())
                : balances.accountsOf(centreId).stream().filter(entry.getAccount()::equals).findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("account", "bookkeeping.account.error.notOfCentre")),
                entry.isNew()));
        if (entry.getDescription() == null) {
            throw BusinessRuleException.onField("description", "bookkeeping.error.descriptionRequired");
        }
        BookkeepingRules.ReceiptType type = receipt == null ? null : BookkeepingRules.requireReceipt(receipt.content());
        var saved = entries.saveAndFlush(entry);
        if (receipt != null) {
            var stored = receipts.findByEntryId(saved.getId()).orElseGet(() -> new Receipt(saved));
            stored.replace(DownloadFile.storedName(receipt.fileName(), "bon", type.contentType(),
                    Receipt.FILE_NAME_LENGTH), type.contentType(), receipt.content());
            receipts.saveAndFlush(stored);
        }
        return saved;
    }

    @Transactional
    public void delete(long entryId) {
        var entry = entries.findWithCategoryById(entryId)
                .orElseThrow(() -> new RecordNotFoundException("LedgerEntry", entryId));
        long centreId = entry.getCentre().getId();
        access.requireManageable(centreId);
        yearClose.requireOpen(centreId, entry.getEntryDate().getYear(), "entryDate");
        requireNotSubsidyPayment(entryId);
        receipts.findByEntryId(entryId).ifPresent(receipts::delete);
        entries.delete(entry);
        entries.flush();
    }

    /** A subsidy payment is booked by the municipality's payment; the centre neither changes nor deletes it. */
    private void requireNotSubsidyPayment(long entryId) {
        if (subsidies.stream().anyMatch(source -> source.isBookedPayment(entryId))) {
            throw new BusinessRuleException("bookkeeping.error.subsidyPayment");
        }
    }

    /**
     * Books an expense for another feature (volunteer allowances) inside that feature's transaction, with the
     * same rules as a booking by hand: open year, valid date and amount, an active expense category by code.
     * The coordinators of the centre and admins may; the calling feature decides who may pay what.
     */
    @Transactional
    public long bookExpense(long centreId, String categoryCode, LocalDate date, BigDecimal amount,
                            String description, String counterparty) {
        requireBooksFor(centreId);
        return book(centreId, Direction.EXPENSE, categoryCode, date, amount, description, counterparty, null);
    }

    /**
     * Books income for another feature (a subsidy payment) inside that feature's transaction, with the same rules
     * as a booking by hand: open year, valid date and amount, an active income category by code. The calling
     * feature decides who may book (a manager pays a subsidy); the centre must be readable to the caller. A
     * subsidy payment is assigned to its own subsidy ({@code subsidyApplicationId}, or null).
     */
    @Transactional
    public long bookIncome(long centreId, String categoryCode, LocalDate date, BigDecimal amount,
                           String description, String counterparty, String reference, Long subsidyApplicationId) {
        long id = book(centreId, Direction.INCOME, categoryCode, date, amount, description, counterparty, reference);
        if (subsidyApplicationId != null) {
            entries.findById(id).orElseThrow().setSubsidyApplicationId(subsidyApplicationId);
            entries.flush();
        }
        return id;
    }

    private long book(long centreId, Direction direction, String categoryCode, LocalDate date, BigDecimal amount,
                      String description, String counterparty, String reference) {
        var centre = access.requireReadable(centreId);
        BookkeepingRules.requireEntryDate(date, LocalDate.now(clock));
        yearClose.requireOpen(centreId, date.getYear(), "entryDate");
        var category = categories.findByCode(categoryCode).orElse(null);
        BookkeepingRules.requireCategoryFits(category, direction);
        var entry = new LedgerEntry(centre);
        entry.setEntryDate(date);
        entry.setDirection(direction);
        entry.setCategory(category);
        entry.setAmount(BookkeepingRules.requireEntryAmount(amount, "amount"));
        entry.setDescription(description);
        entry.setCounterparty(counterparty);
        entry.setReference(reference);
        entry.setAccount(balances.defaultAccount(centre));
        return entries.saveAndFlush(entry).getId();
    }

    /** {@link #bookExpense} with a receipt, checked like a receipt added by hand (type from the bytes, size). */
    @Transactional
    public long bookExpense(long centreId, String categoryCode, LocalDate date, BigDecimal amount,
                            String description, String counterparty, ReceiptUpload receipt) {
        var type = BookkeepingRules.requireReceipt(receipt.content());
        long entryId = bookExpense(centreId, categoryCode, date, amount, description, counterparty);
        var stored = new Receipt(entries.getReferenceById(entryId));
        stored.replace(DownloadFile.storedName(receipt.fileName(), "bon", type.contentType(),
                Receipt.FILE_NAME_LENGTH), type.contentType(), receipt.content());
        receipts.saveAndFlush(stored);
        return entryId;
    }

    /** Removes an entry booked by {@link #bookExpense}, refused in a closed year. */
    @Transactional
    public void removeBooked(long centreId, long entryId) {
        requireBooksFor(centreId);
        var entry = entries.findById(entryId)
                .filter(e -> e.getCentre().getId() == centreId)
                .orElseThrow(() -> new RecordNotFoundException("LedgerEntry", entryId));
        yearClose.requireOpen(centreId, entry.getEntryDate().getYear(), "entryDate");
        receipts.findByEntryId(entryId).ifPresent(receipts::delete);
        entries.delete(entry);
        entries.flush();
    }

    /**
     * An entry counts for one subsidy at most: a new assignment must be a granted subsidy of the same centre, and an
     * entry assigned to one subsidy is not moved to another (unassign it first).
     */
    private void requireAssignment(long centreId, Long before, Long wanted) {
        if (wanted == null || wanted.equals(before)) {
            return;
        }
        if (before != null) {
            throw BusinessRuleException.onField("subsidyApplicationId", "bookkeeping.error.subsidyAlreadyAssigned",
                    subsidyLabel(centreId, before));
        }
        if (subsidies.isEmpty()) {
            throw BusinessRuleException.onField("subsidyApplicationId", "bookkeeping.error.subsidyUnknown");
        }
        subsidies.forEach(source -> source.requireAssignable(centreId, wanted));
    }

    /** The subsidies the centre's entries may be assigned to. */
    public List<SubsidyChoice> assignableSubsidies(long centreId) {
        access.requireReadable(centreId);
        return subsidies.stream().flatMap(source -> source.assignable(centreId).stream()).toList();
    }

    /** The label of the subsidy an entry of the centre is assigned to. */
    public String subsidyLabel(long centreId, long applicationId) {
        access.requireReadable(centreId);
        return subsidies.stream().map(source -> source.label(centreId, applicationId)).findFirst()
                .orElse(String.valueOf(applicationId));
    }

    /** Sums of the centre's entries assigned to a subsidy, per category id; for that subsidy's report. */
    public Map<Long, BigDecimal> assignedPerCategory(long centreId, long applicationId) {
        access.requireReadable(centreId);
        return entries.assignedPerCategory(centreId, applicationId).stream().collect(Collectors.toMap(
                row -> (Long) row[0], row -> ((BigDecimal) row[1]).setScale(2)));
    }

    private void requireBooksFor(long centreId) {
        // its coordinators and admins (an admin may pay an allowance over the limit)
        access.requireEditableDetails(centreId);
    }

    public boolean hasReceipt(long entryId) {
        get(entryId);
        return receipts.existsByEntryId(entryId);
    }

    public DownloadFile receipt(long entryId) {
        get(entryId);
        var receipt = receipts.findByEntryId(entryId)
                .orElseThrow(() -> new RecordNotFoundException("Receipt", entryId));
        return new DownloadFile(receipt.getFileName(), receipt.getContentType(), receipt.getContent());
    }
}
