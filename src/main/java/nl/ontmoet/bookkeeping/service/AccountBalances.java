package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.AccountKind;
import nl.ontmoet.bookkeeping.domain.LedgerAccountRepository;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import nl.ontmoet.bookkeeping.domain.OpeningBalance;
import nl.ontmoet.bookkeeping.domain.OpeningBalanceRepository;
import nl.ontmoet.centre.domain.Centre;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Balances of accounts, summed by the database. An account's balance starts at its latest opening balance in or
 * before the year asked for (or at zero before its first entry) and adds income and subtracts expenses from
 * 1 January of that opening balance's year.
 */
@Component
@RequiredArgsConstructor
class AccountBalances {

    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final LedgerAccountRepository accounts;
    private final OpeningBalanceRepository openingBalances;

    /** The centre's default account (its first); a centre without any gets a bank account now. */
    LedgerAccount defaultAccount(Centre centre) {
        return accounts.findFirstByCentreIdOrderById(centre.getId()).orElseGet(() ->
                accounts.saveAndFlush(new LedgerAccount(centre, AccountKind.BANK, LedgerAccount.DEFAULT_NAME, null)));
    }

    /** What the account held on 1 January of the year. */
    BigDecimal opening(long accountId, int year) {
        var base = openingBalances.findFirstByAccountIdAndYearLessThanEqualOrderByYearDesc(accountId, year);
        if (base.isPresent() && base.get().getYear() == year) {
            return base.get().getAmount();
        }
        LocalDate from = base.map(b -> LocalDate.of(b.getYear(), 1, 1)).orElse(BEGINNING);
        BigDecimal start = base.map(OpeningBalance::getAmount).orElse(BigDecimal.ZERO);
        return start.add(accounts.movement(accountId, from, LocalDate.of(year - 1, 12, 31))).setScale(2);
    }

    /** What the account held at the end of the day. */
    BigDecimal balanceOn(long accountId, LocalDate date) {
        return opening(accountId, date.getYear())
                .add(accounts.movement(accountId, LocalDate.of(date.getYear(), 1, 1), date)).setScale(2);
    }

    /**
     * The page's rows with the balance of their account after each of them: one windowed sum per account on the
     * page, from the earliest point a row's balance starts at up to the page's last date; a row whose year has a
     * later opening balance starts from that one instead (the window's sum before it subtracted).
     */
    List<LedgerRow> withRunningBalances(List<LedgerRow> rows) {
        Map<Long, BigDecimal> balances = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(LedgerRow::accountId)).forEach((accountId, group) -> {
            Map<Integer, Optional<OpeningBalance>> bases = new HashMap<>();
            group.forEach(row -> bases.computeIfAbsent(row.entryDate().getYear(), year ->
                    openingBalances.findFirstByAccountIdAndYearLessThanEqualOrderByYearDesc(accountId, year)));
            LocalDate from = bases.values().stream().map(AccountBalances::start).min(LocalDate::compareTo)
                    .orElse(BEGINNING);
            LocalDate to = group.stream().map(LedgerRow::entryDate).max(LocalDate::compareTo).orElseThrow();
            Map<Long, BigDecimal> running = new HashMap<>();
            for (Object[] result : accounts.runningBalances(accountId, from, to,
                    group.stream().map(LedgerRow::id).toList())) {
                running.put(((Number) result[0]).longValue(), new BigDecimal(result[1].toString()));
            }
            Map<LocalDate, BigDecimal> before = new HashMap<>();
            for (LedgerRow row : group) {
                var base = bases.get(row.entryDate().getYear());
                LocalDate start = start(base);
                BigDecimal skipped = start.equals(from) ? BigDecimal.ZERO : before.computeIfAbsent(start,
                        s -> accounts.movement(accountId, from, s.minusDays(1)));
                balances.put(row.id(), base.map(OpeningBalance::getAmount).orElse(BigDecimal.ZERO)
                        .add(running.getOrDefault(row.id(), BigDecimal.ZERO)).subtract(skipped).setScale(2));
            }
        });
        var filled = new ArrayList<LedgerRow>(rows.size());
        rows.forEach(row -> filled.add(row.withBalance(balances.get(row.id()))));
        return filled;
    }

    private static LocalDate start(Optional<OpeningBalance> base) {
        return base.map(b -> LocalDate.of(b.getYear(), 1, 1)).orElse(BEGINNING);
    }

    /** Stores the account's balance at the end of the year as the next year's opening balance. */
    void carryOver(LedgerAccount account, int year) {
        BigDecimal closing = balanceOn(account.getId(), LocalDate.of(year, 12, 31));
        var next = openingBalances.findByAccountIdAndYear(account.getId(), year + 1)
                .orElseGet(() -> new OpeningBalance(account, year + 1, closing));
        next.setAmount(closing);
        openingBalances.saveAndFlush(next);
    }

    List<LedgerAccount> accountsOf(long centreId) {
        return accounts.findByCentreIdOrderById(centreId);
    }
}
