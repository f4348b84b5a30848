package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.ClosedYearRepository;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.bookkeeping.domain.MatchCandidate;
import nl.ontmoet.bookkeeping.service.statement.BankStatement;
import nl.ontmoet.bookkeeping.service.statement.BankTransaction;
import nl.ontmoet.bookkeeping.service.statement.Fingerprints;
import nl.ontmoet.bookkeeping.service.statement.StatementReader;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bank statement import: a CAMT.053 or MT940 file of one of the centre's bank accounts is read into proposed
 * entries, the transactions imported before are skipped, and on confirmation every new transaction becomes an entry
 * (or marks the entry typed by hand it pays) in one transaction. Only the centre's coordinators import, as only they
 * book.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class StatementImportService {

    private static final int CHUNK = 1000;

    private final LedgerEntryRepository entries;
    private final CategoryRepository categories;
    private final ClosedYearRepository closedYears;
    private final AccountBalances balances;
    private final CounterpartyMemory memory;
    private final StatementMatching matching;
    private final CentreAccess access;
    private final Clock clock;

    public boolean canImport(long centreId) {
        return access.canManage(centreId);
    }

    /** Reads a statement file into a proposal; refuses a file that is no statement or is of another account. */
    public StatementProposal read(long centreId, byte[] content) {
        access.requireReadable(centreId);
        access.requireManageable(centreId);
        BankStatement statement = StatementReader.read(content);
        LedgerAccount account = accountFor(centreId, statement.iban());
        List<String> fingerprints = Fingerprints.of(statement.transactions());
        Set<String> known = known(account.getId(), fingerprints);
        List<Integer> lines = new ArrayList<>();
        for (int line = 0; line < fingerprints.size(); line++) {
            if (!known.contains(fingerprints.get(line))) {
                lines.add(line);
            }
        }
        List<BankTransaction> fresh = lines.stream().map(statement.transactions()::get).toList();
        var suggestions = memory.suggestions(centreId, fresh.stream().map(CounterpartyMemory::key)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        var candidates = matching.candidates(account.getId(), fresh);
        var proposed = StatementMatching.propose(candidates);
        List<ProposedTransaction> transactions = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            Category suggested = suggestions.get(CounterpartyMemory.key(fresh.get(i)));
            transactions.add(new ProposedTransaction(lines.get(i), fresh.get(i),
                    suggested == null || !suggested.isActive() ? null : suggested.getId(),
                    candidates.get(i), proposed.get(i)));
        }
        return new StatementProposal(account.getId(), account.getLabel(), statement, transactions,
                statement.transactions().size() - fresh.size(), balances.balanceOn(account.getId(), statement.date()));
    }

    /**
     * Imports the statement's transactions that are still new, each as the treasurer chose: a new entry in the chosen
     * category, or the entry typed by hand it matches. All or nothing: a transaction in a closed year, one without a
     * choice, or a match that no longer fits refuses the whole import.
     */
    @Transactional
    public StatementImportResult confirm(long centreId, StatementProposal proposal, List<ImportChoice> choices) {
        Centre centre = access.requireReadable(centreId);
        access.requireManageable(centreId);
        BankStatement statement = proposal.statement();
        LedgerAccount account = accountFor(centreId, statement.iban());
        List<String> fingerprints = Fingerprints.of(statement.transactions());
        Set<String> known = known(account.getId(), fingerprints);
        Map<Integer, ImportChoice> byLine = choices.stream()
                .collect(Collectors.toMap(ImportChoice::line, Function.identity(), (first, second) -> second));
        LocalDate today = LocalDate.now(clock);
        List<Integer> lines = new ArrayList<>();
        Map<Integer, Boolean> closed = new HashMap<>();
        int withoutChoice = 0;
        for (int line = 0; line < fingerprints.size(); line++) {
            if (known.contains(fingerprints.get(line))) {
                continue;
            }
            BankTransaction transaction = statement.transactions().get(line);
            BookkeepingRules.requireEntryDate(transaction.bookingDate(), today);
            int year = transaction.bookingDate().getYear();
            if (closed.computeIfAbsent(year, open -> closedYears.isClosed(centreId, open))) {
                throw new BusinessRuleException("bookkeeping.statement.error.yearClosed",
                        Formats.DUTCH.date(transaction.bookingDate()), String.valueOf(year));
            }
            var choice = byLine.get(line);
            if (choice == null || choice.categoryId() == null && choice.matchedEntryId() == null) {
                withoutChoice++;
            }
            lines.add(line);
        }
        if (withoutChoice > 0) {
            throw new BusinessRuleException("bookkeeping.statement.error.categoryMissing", String.valueOf(withoutChoice));
        }
        Map<Long, LedgerEntry> matched = matchedEntries(account, lines, byLine, statement);
        Map<Long, Category> chosenCategories = categories.findAllById(lines.stream().map(byLine::get)
                        .filter(c -> c.matchedEntryId() == null).map(ImportChoice::categoryId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Category::getId, Function.identity()));
        Map<String, Category> remembered = new HashMap<>();
        List<LedgerEntry> created = new ArrayList<>();
        for (int line : lines) {
            BankTransaction transaction = statement.transactions().get(line);
            ImportChoice choice = byLine.get(line);
            String fingerprint = fingerprints.get(line);
            Category category;
            if (choice.matchedEntryId() != null) {
                var entry = matched.get(choice.matchedEntryId());
                entry.recordBankTransaction(transaction.entryReference(), transaction.counterpartyIban(), fingerprint);
                category = entry.getCategory();
            } else {
                category = chosenCategories.get(choice.categoryId());
                BookkeepingRules.requireCategoryFits(category, transaction.direction());
                created.add(newEntry(centre, account, transaction, category, fingerprint));
            }
            String key = CounterpartyMemory.key(transaction);
            if (key != null) {
                remembered.put(key, category);
            }
        }
        entries.saveAll(created);
        memory.remember(centre, remembered);
        entries.flush();
        return new StatementImportResult(created.size(), matched.size(), statement.transactions().size() - lines.size(),
                statement.date(), statement.closingBalance(), balances.balanceOn(account.getId(), statement.date()));
    }

    private Map<Long, LedgerEntry> matchedEntries(LedgerAccount account, List<Integer> lines,
                                                  Map<Integer, ImportChoice> byLine, BankStatement statement) {
        Map<Long, BankTransaction> wanted = new HashMap<>();
        for (int line : lines) {
            Long entryId = byLine.get(line).matchedEntryId();
            if (entryId != null && wanted.put(entryId, statement.transactions().get(line)) != null) {
                throw new BusinessRuleException("bookkeeping.statement.error.matchTwice");
            }
        }
        Map<Long, LedgerEntry> found = entries.findAllById(wanted.keySet()).stream()
                .collect(Collectors.toMap(LedgerEntry::getId, Function.identity()));
        wanted.forEach((entryId, transaction) -> {
            var entry = found.get(entryId);
            if (entry == null || !entry.getAccount().getId().equals(account.getId()) || entry.getFingerprint() != null
                    || entry.getCorrects() != null || !StatementMatching.fits(new MatchCandidate(entry.getId(),
                    entry.getEntryDate(), entry.getAmount(), entry.getDirection(), null, null, null), transaction)) {
                throw new BusinessRuleException("bookkeeping.statement.error.matchGone",
                        Formats.DUTCH.date(transaction.bookingDate()), Formats.DUTCH.money(transaction.amount()));
            }
        });
        return found;
    }

    private static LedgerEntry newEntry(Centre centre, LedgerAccount account, BankTransaction transaction,
                                        Category category, String fingerprint) {
        var entry = new LedgerEntry(centre);
        entry.setAccount(account);
        entry.setEntryDate(transaction.bookingDate());
        entry.setDirection(transaction.direction());
        entry.setAmount(BookkeepingRules.requireEntryAmount(transaction.amount(), "amount"));
        entry.setCategory(category);
        entry.setDescription(cut(description(transaction), LedgerEntry.DESCRIPTION_LENGTH));
        entry.setCounterparty(cut(transaction.counterpartyName(), LedgerEntry.COUNTERPARTY_LENGTH));
        entry.recordBankTransaction(cut(transaction.entryReference(), LedgerEntry.BANK_REFERENCE_LENGTH),
                cut(transaction.counterpartyIban(), LedgerEntry.IBAN_LENGTH), fingerprint);
        return entry;
    }

    /** The bank's description, else the counterparty, else the kind of file it came from. */
    private static String description(BankTransaction transaction) {
        if (transaction.description() != null) {
            return transaction.description();
        }
        return transaction.counterpartyName() != null ? transaction.counterpartyName() : "Bankafschrift";
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private LedgerAccount accountFor(long centreId, String iban) {
        return balances.accountsOf(centreId).stream().filter(account -> iban.equals(account.getIban()))
                .findFirst().orElseThrow(() -> BusinessRuleException.onField("file",
                        "bookkeeping.statement.error.unknownAccount", iban));
    }

    private Set<String> known(long accountId, List<String> fingerprints) {
        Set<String> known = new HashSet<>();
        for (int start = 0; start < fingerprints.size(); start += CHUNK) {
            known.addAll(entries.knownFingerprints(accountId,
                    fingerprints.subList(start, Math.min(fingerprints.size(), start + CHUNK))));
        }
        return known;
    }
}
