package nl.ontmoet.subsidy.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface SubsidyPaymentRepository extends JpaRepository<SubsidyPayment, Long> {

    List<SubsidyPayment> findByApplicationIdOrderByDueOnAscIdAsc(long applicationId);

    /** The payment, locked: two managers marking it paid at once are handled one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from SubsidyPayment p join fetch p.application where p.id = :id")
    Optional<SubsidyPayment> lockById(@Param("id") long id);

    boolean existsByLedgerEntryId(long ledgerEntryId);

    /**
     * Per application of the centre with payment lines, summed by the database: [id, title, status, final amount,
     * settled at, due to the centre by the date and not received by then, received by the centre by the date,
     * repaid by the centre by the date].
     */
    @Query("""
            select a.id, a.title, a.status, a.finalAmount, a.settledAt,
                   sum(case when p.kind <> nl.ontmoet.subsidy.domain.PaymentKind.REPAYMENT and p.dueOn <= :date
                            and (p.paidOn is null or p.paidOn > :date) then p.amount else 0 end),
                   sum(case when p.kind <> nl.ontmoet.subsidy.domain.PaymentKind.REPAYMENT and p.paidOn <= :date
                            then p.amount else 0 end),
                   sum(case when p.kind = nl.ontmoet.subsidy.domain.PaymentKind.REPAYMENT and p.paidOn <= :date
                            then p.amount else 0 end)
            from SubsidyPayment p join p.application a
            where a.centre.id = :centreId
            group by a.id, a.title, a.status, a.finalAmount, a.settledAt
            order by a.title, a.id
            """)
    List<Object[]> positionsOn(@Param("centreId") long centreId, @Param("date") java.time.LocalDate date);
}
