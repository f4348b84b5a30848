package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.ClosedYear;
import nl.ontmoet.bookkeeping.domain.ClosedYearRepository;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Jaarafsluiting: a coordinator closes a year of their centre, after which its entries and budget are
 * read-only; only an admin reopens it, with a reason. Both are audited through the closed_year row.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class YearCloseService {

    private final ClosedYearRepository closedYears;
    private final AccountBalances balances;
    private final CentreAccess access;
    private final Clock clock;

    public boolean isClosed(long centreId, int year) {
        access.requireReadable(centreId);
        return closedYears.isClosed(centreId, year);
    }

    /** Refuses any change to a closed year; services call this before every write. */
    void requireOpen(long centreId, int year, String field) {
        if (closedYears.isClosed(centreId, year)) {
            throw BusinessRuleException.onField(field, "bookkeeping.error.yearClosed", String.valueOf(year));
        }
    }

    /** Closes a year; each account's closing balance becomes its opening balance of the next year. */
    @Transactional
    public void close(long centreId, int year) {
        var centre = access.requireReadable(centreId);
        access.requireManageable(centreId);
        if (year > LocalDate.now(clock).getYear()) {
            throw BusinessRuleException.onField("year", "bookkeeping.error.closeFutureYear", String.valueOf(year));
        }
        var row = closedYears.findByCentreIdAndYear(centreId, year).orElseGet(() -> new ClosedYear(centre, year));
        if (row.isClosed()) {
            throw BusinessRuleException.onField("year", "bookkeeping.error.yearClosed", String.valueOf(year));
        }
        row.close();
        closedYears.saveAndFlush(row);
        balances.accountsOf(centreId).forEach(account -> balances.carryOver(account, year));
    }

    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public void reopen(long centreId, int year, String reason) {
        access.requireReadable(centreId);
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "bookkeeping.error.reasonRequired");
        }
        if (reason.strip().length() > ClosedYear.REASON_LENGTH) {
            throw BusinessRuleException.onField("reason", "bookkeeping.error.reasonTooLong",
                    String.valueOf(ClosedYear.REASON_LENGTH));
        }
        var row = closedYears.findByCentreIdAndYear(centreId, year)
                .filter(ClosedYear::isClosed)
                .orElseThrow(() -> BusinessRuleException.onField("year", "bookkeeping.error.yearNotClosed",
                        String.valueOf(year)));
        row.reopen(reason.strip());
        closedYears.saveAndFlush(row);
    }
}
