package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.bookkeeping.domain.MatchCandidate;
import nl.ontmoet.bookkeeping.service.statement.BankTransaction;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entries typed by hand that a bank transaction may be the payment of: same account, amount and direction, dated
 * at most {@link #DAYS} days apart, not yet matched to a transaction. Each entry is proposed for one transaction.
 */
@Component
@RequiredArgsConstructor
class StatementMatching {

    static final int DAYS = 5;
    private static final int SHOWN = 5;
    private static final int CHUNK = 1000;

    private final LedgerEntryRepository entries;

    /** Per transaction (in the given order), its candidates, nearest date first. */
    List<List<MatchCandidate>> candidates(long accountId, List<BankTransaction> transactions) {
        if (transactions.isEmpty()) {
            return List.of();
        }
        LocalDate from = transactions.stream().map(BankTransaction::bookingDate).min(LocalDate::compareTo)
                .orElseThrow().minusDays(DAYS);
        LocalDate to = transactions.stream().map(BankTransaction::bookingDate).max(LocalDate::compareTo)
                .orElseThrow().plusDays(DAYS);
        List<BigDecimal> amounts = new ArrayList<>(transactions.stream().map(BankTransaction::amount)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        Map<String, List<MatchCandidate>> byAmount = new HashMap<>();
        for (int start = 0; start < amounts.size(); start += CHUNK) {
            entries.matchCandidates(accountId, from, to, amounts.subList(start, Math.min(amounts.size(), start + CHUNK)))
                    .forEach(c -> byAmount.computeIfAbsent(key(c.amount(), c.direction()), k -> new ArrayList<>()).add(c));
        }
        List<List<MatchCandidate>> result = new ArrayList<>(transactions.size());
        for (BankTransaction transaction : transactions) {
            result.add(byAmount.getOrDefault(key(transaction.amount(), transaction.direction()), List.of()).stream()
                    .filter(c -> distance(c, transaction) <= DAYS)
                    .sorted(Comparator.comparingLong((MatchCandidate c) -> distance(c, transaction))
                            .thenComparingLong(MatchCandidate::id))
                    .limit(SHOWN).toList());
        }
        return result;
    }

    /** The proposed match per transaction: its nearest candidate not proposed for an earlier transaction, or null. */
    static List<Long> propose(List<List<MatchCandidate>> candidates) {
        Set<Long> taken = new HashSet<>();
        List<Long> proposed = new ArrayList<>(candidates.size());
        for (List<MatchCandidate> options : candidates) {
            var choice = options.stream().map(MatchCandidate::id).filter(id -> !taken.contains(id)).findFirst();
            choice.ifPresent(taken::add);
            proposed.add(choice.orElse(null));
        }
        return proposed;
    }

    /** Whether the entry (as it is now) may be matched to the transaction. */
    static boolean fits(MatchCandidate entry, BankTransaction transaction) {
        return entry.amount().compareTo(transaction.amount()) == 0 && entry.direction() == transaction.direction()
                && distance(entry, transaction) <= DAYS;
    }

    private static long distance(MatchCandidate candidate, BankTransaction transaction) {
        return Math.abs(ChronoUnit.DAYS.between(candidate.entryDate(), transaction.bookingDate()));
    }

    private static String key(BigDecimal amount, Direction direction) {
        return direction + "|" + amount.setScale(2).toPlainString();
    }
}
