package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.domain.AccountKind;
import nl.ontmoet.bookkeeping.domain.LedgerAccountRepository;
import nl.ontmoet.bookkeeping.domain.OpeningBalance;
import nl.ontmoet.bookkeeping.domain.OpeningBalanceRepository;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.centre.service.LegalEntityRules;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bank accounts and cash boxes of a centre and their opening balances. Everyone who may see a centre's books
 * sees them; its coordinators and admins keep them. An opening balance of a closed year is fixed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LedgerAccountService {

    private final LedgerAccountRepository accounts;
    private final OpeningBalanceRepository openingBalances;
    private final AccountBalances balances;
    private final YearCloseService yearClose;
    private final CentreAccess access;

    /** The centre's accounts, the default (first) one first. */
    public List<LedgerAccount> accounts(long centreId) {
        access.requireReadable(centreId);
        return accounts.findByCentreIdOrderById(centreId);
    }

    /** Adds a bank account; the IBAN must pass its check digits. */
    @Transactional
    public LedgerAccount addBankAccount(long centreId, String name, String iban) {
        var centre = access.requireReadable(centreId);
        access.requireManageable(centreId);
        String checkedName = requireName(centreId, name);
        String checkedIban = LegalEntityRules.checkedIban(iban);
        return accounts.saveAndFlush(new LedgerAccount(centre, AccountKind.BANK, checkedName, checkedIban));
    }

    @Transactional
    public LedgerAccount addCashBox(long centreId, String name) {
        var centre = access.requireReadable(centreId);
        access.requireManageable(centreId);
        return accounts.saveAndFlush(new LedgerAccount(centre, AccountKind.CASH, requireName(centreId, name), null));
    }

    /**
     * Renames an account and, for a bank account, changes its IBAN (checked); a cash box has none. Refused when
     * someone else changed the account since {@code expectedVersion}.
     */
    @Transactional
    public LedgerAccount update(long accountId, long expectedVersion, String name, String iban) {
        var account = requireKept(accountId, expectedVersion);
        String checkedName = requireName(account.getCentre().getId(), name, accountId);
        String checkedIban = null;
        if (account.getKind() == AccountKind.BANK) {
            checkedIban = LegalEntityRules.checkedIban(iban);
        } else if (iban != null && !iban.isBlank()) {
            throw BusinessRuleException.onField("iban", "bookkeeping.account.error.cashWithoutIban");
        }
        account.setName(checkedName);
        account.setIban(checkedIban);
        return accounts.saveAndFlush(account);
    }

    /**
     * Deactivates an account (it keeps its entries and balances, but takes no new entries) or activates it again.
     * The centre's default account, where other features book, stays active.
     */
    @Transactional
    public LedgerAccount setActive(long accountId, long expectedVersion, boolean active) {
        var account = requireKept(accountId, expectedVersion);
        if (!active && balances.defaultAccount(account.getCentre()).equals(account)) {
            throw BusinessRuleException.onField("active", "bookkeeping.account.error.defaultStaysActive",
                    account.getName());
        }
        account.setActive(active);
        return accounts.saveAndFlush(account);
    }

    /** Removes an account with its opening balances; refused while any entry uses it (deactivate it instead). */
    @Transactional
    public void remove(long accountId, long expectedVersion) {
        var account = requireKept(accountId, expectedVersion);
        if (accounts.hasEntries(accountId)) {
            throw new BusinessRuleException("bookkeeping.account.error.inUse", account.getName());
        }
        openingBalances.deleteAll(openingBalances.findByAccountId(accountId));
        accounts.delete(account);
        accounts.flush();
    }

    /** The account for a change by one of its centre's coordinators, at the version they started from. */
    private LedgerAccount requireKept(long accountId, long expectedVersion) {
        var account = requireReadable(accountId);
        access.requireManageable(account.getCentre().getId());
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(LedgerAccount.class, accountId);
        }
        return account;
    }

    private String requireName(long centreId, String name, long accountId) {
        String stripped = requireNameText(name);
        if (accounts.existsByCentreIdAndNameAndIdNot(centreId, stripped, accountId)) {
            throw BusinessRuleException.onField("name", "bookkeeping.account.error.nameTaken", stripped);
        }
        return stripped;
    }

    private String requireName(long centreId, String name) {
        String stripped = requireNameText(name);
        if (accounts.existsByCentreIdAndName(centreId, stripped)) {
            throw BusinessRuleException.onField("name", "bookkeeping.account.error.nameTaken", stripped);
        }
        return stripped;
    }

    private static String requireNameText(String name) {
        if (name == null || name.isBlank()) {
            throw BusinessRuleException.onField("name", "bookkeeping.account.error.nameRequired");
        }
        String stripped = name.strip();
        if (stripped.length() > LedgerAccount.NAME_LENGTH) {
            throw BusinessRuleException.onField("name", "bookkeeping.account.error.nameTooLong",
                    String.valueOf(LedgerAccount.NAME_LENGTH));
        }
        return stripped;
    }

    /** What the account held on 1 January: as set, carried over from the closed year before, or as booked. */
    public BigDecimal openingBalance(long accountId, int year) {
        requireReadable(accountId);
        return balances.opening(accountId, year);
    }

    /** What the account held at the end of the day. */
    public BigDecimal balanceOn(long accountId, LocalDate date) {
        requireReadable(accountId);
        return balances.balanceOn(accountId, date);
    }

    /** Sets the opening balance of a year; refused once that year is closed (it then follows from the year before). */
    @Transactional
    public void setOpeningBalance(long accountId, int year, BigDecimal amount) {
        var account = requireReadable(accountId);
        long centreId = account.getCentre().getId();
        access.requireManageable(centreId);
        if (yearClose.isClosed(centreId, year)) {
            throw BusinessRuleException.onField("openingBalance", "bookkeeping.account.error.openingBalanceClosed",
                    String.valueOf(year));
        }
        if (amount == null) {
            throw BusinessRuleException.onField("openingBalance", "bookkeeping.error.amountRequired");
        }
        BigDecimal cents = Amounts.cents(amount, "openingBalance");
        var balance = openingBalances.findByAccountIdAndYear(accountId, year)
                .orElseGet(() -> new OpeningBalance(account, year, cents));
        balance.setAmount(cents);
        openingBalances.saveAndFlush(balance);
    }

    private LedgerAccount requireReadable(long accountId) {
        var account = accounts.findById(accountId)
                .orElseThrow(() -> new RecordNotFoundException("LedgerAccount", accountId));
        if (!access.canRead(account.getCentre().getId())) {
            throw new RecordNotFoundException("LedgerAccount", accountId);
        }
        return account;
    }
}
