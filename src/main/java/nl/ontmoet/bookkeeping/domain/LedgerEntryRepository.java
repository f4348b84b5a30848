package nl.ontmoet.bookkeeping.domain;

import nl.ontmoet.base.search.SearchRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    String FILTER = """
            where e.centre.id = :centreId
              and (:from is null or e.entryDate >= :from)
              and (:to is null or e.entryDate <= :to)
              and (:categoryId is null or e.category.id = :categoryId)
              and (:direction is null or e.direction = :direction)
              and (:text is null or e.description like :text escape '!' or e.counterparty like :text escape '!'
                   or e.reference like :text escape '!')
            """;

    /**
     * The ids of a page of the filtered ledger; sorting and paging happen in the database. Only ids are
     * sorted, so a deep page over a whole centre does not sort wide rows (see {@link #rows}).
     */
    @Query(value = "select e.id from LedgerEntry e join e.category c " + FILTER,
            countQuery = "select count(e) from LedgerEntry e " + FILTER)
    Page<Long> searchIds(long centreId, LocalDate from, LocalDate to, Long categoryId, Direction direction,
                         String text, Pageable pageable);

    /** The grid rows of the given entries, in no particular order. */
    @Query("""
            select new nl.ontmoet.bookkeeping.domain.LedgerRow(e.id, e.entryDate, e.direction, c.code, c.name,
                   e.amount, e.description, e.counterparty, e.reference,
                   (select count(r) > 0 from Receipt r where r.entry = e), a.id, a.name)
            from LedgerEntry e join e.category c join e.account a where e.id in :ids
            """)
    List<LedgerRow> rows(java.util.Collection<Long> ids);

    /** Income and expense of the filtered ledger, summed by the database: rows of [direction, sum]. */
    @Query("select e.direction, sum(e.amount) from LedgerEntry e " + FILTER + " group by e.direction")
    List<Object[]> totals(long centreId, LocalDate from, LocalDate to, Long categoryId, Direction direction,
                          String text);

    @Query("select e from LedgerEntry e join fetch e.category join fetch e.centre join fetch e.account where e.id = :id")
    Optional<LedgerEntry> findWithCategoryById(long id);

    long countByCentreId(long centreId);

    /**
     * Budget versus actual of a centre-year in one grouped query: per category the budgeted amount, the
     * actual total and the actual amount per month. Rows: [category id, code, name, direction, active,
     * budgeted, actual, m1 .. m12]. Categories without budget and without entries are left out unless active.
     */
    @Query(nativeQuery = true, value = """
            select c.id, c.code, c.name, c.direction, c.active,
                   coalesce(max(bl.amount), 0) as budgeted,
                   coalesce(sum(e.amount), 0) as actual,
                   coalesce(sum(case when month(e.entry_date) = 1 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 2 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 3 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 4 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 5 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 6 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 7 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 8 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 9 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 10 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 11 then e.amount end), 0),
                   coalesce(sum(case when month(e.entry_date) = 12 then e.amount end), 0)
            from category c
            left join budget b on b.centre_id = :centreId and b.budget_year = :year
            left join budget_line bl on bl.budget_id = b.id and bl.category_id = c.id
            left join ledger_entry e on e.category_id = c.id and e.centre_id = :centreId
                 and e.entry_date between :start and :end
            group by c.id, c.code, c.name, c.direction, c.active
            having c.active or max(bl.amount) is not null or count(e.id) > 0
            order by c.direction desc, c.name
            """)
    List<Object[]> budgetVersusActual(long centreId, int year, LocalDate start, LocalDate end);

    /** Per category id, the sum of the centre's entries assigned to the subsidy application. */
    @Query("""
            select e.category.id, sum(e.amount) from LedgerEntry e
            where e.centre.id = :centreId and e.subsidyApplicationId = :applicationId group by e.category.id""")
    List<Object[]> assignedPerCategory(@Param("centreId") long centreId, @Param("applicationId") long applicationId);

    /** Entries whose description, counterparty or reference contains the pattern, newest first, for the search field. */
    @Query("""
            select new nl.ontmoet.base.search.SearchRow(e.id, e.description, c.slug, c.name, cast(e.direction as string),
                   e.entryDate, e.amount)
            from LedgerEntry e join e.centre c
            where (:all = true or c.id in :centreIds)
              and (lower(e.description) like :pattern escape '!' or lower(e.counterparty) like :pattern escape '!'
                   or lower(e.reference) like :pattern escape '!')
            order by e.entryDate desc, e.id desc
            """)
    List<SearchRow> find(@Param("pattern") String pattern, @Param("all") boolean all,
                                                @Param("centreIds") Collection<Long> centreIds,
                                                Pageable pageable);

    /** Which of the fingerprints the account already holds: the bank transactions imported or matched before. */
    @Query("select e.fingerprint from LedgerEntry e where e.account.id = :accountId and e.fingerprint in :fingerprints")
    List<String> knownFingerprints(long accountId, java.util.Collection<String> fingerprints);

    /** Entries of the account in the date range, of one of the amounts, not yet matched to a bank transaction. */
    @Query("""
            select new nl.ontmoet.bookkeeping.domain.MatchCandidate(e.id, e.entryDate, e.amount, e.direction,
                   e.description, e.counterparty, c.name)
            from LedgerEntry e join e.category c
            where e.account.id = :accountId and e.entryDate between :from and :to and e.amount in :amounts
              and e.fingerprint is null and e.corrects is null
            order by e.entryDate, e.id
            """)
    List<MatchCandidate> matchCandidates(long accountId, LocalDate from, LocalDate to,
                                         java.util.Collection<BigDecimal> amounts);
}
