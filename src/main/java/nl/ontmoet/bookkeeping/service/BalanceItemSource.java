package nl.ontmoet.bookkeeping.service;

import java.time.LocalDate;
import java.util.List;

/**
 * Another feature's receivables and payables of a centre at the end of a day, for the balance of the year-end
 * statement. Implemented outside bookkeeping, so bookkeeping knows no other feature. Called only after
 * {@link YearEndService} has checked that the caller may read the centre.
 */
public interface BalanceItemSource {

    List<BalanceItem> itemsOn(long centreId, LocalDate date);
}
