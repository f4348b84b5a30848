package nl.ontmoet.bookkeeping.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface LedgerAccountRepository extends JpaRepository<LedgerAccount, Long> {

    List<LedgerAccount> findByCentreIdOrderById(long centreId);

    Optional<LedgerAccount> findFirstByCentreIdOrderById(long centreId);

    boolean existsByCentreIdAndName(long centreId, String name);

    boolean existsByCentreIdAndNameAndIdNot(long centreId, String name, long id);

    @Query("select count(e) > 0 from LedgerEntry e where e.account.id = :accountId")
    boolean hasEntries(long accountId);

    /** Income minus expenses of an account dated {@code from} up to and including {@code to}. */
    @Query("""
            select coalesce(sum(case when e.direction = nl.ontmoet.bookkeeping.domain.Direction.INCOME
                                     then e.amount else -e.amount end), 0)
            from LedgerEntry e where e.account.id = :accountId and e.entryDate >= :from and e.entryDate <= :to
            """)
    BigDecimal movement(long accountId, LocalDate from, LocalDate to);

    /**
     * The balance after each of the given entries, without the opening balance: a running sum over the account's
     * entries from {@code from} up to {@code to} in date and id order, summed by the database (rows of [id, sum]).
     */
    @Query(nativeQuery = true, value = """
            select t.id, t.running from (
              select e.id, sum(case when e.direction = 'INCOME' then e.amount else -e.amount end)
                     over (order by e.entry_date, e.id) as running
              from ledger_entry e where e.account_id = :accountId and e.entry_date >= :from and e.entry_date <= :to
            ) t where t.id in (:ids)
            """)
    List<Object[]> runningBalances(long accountId, LocalDate from, LocalDate to, java.util.Collection<Long> ids);
}
