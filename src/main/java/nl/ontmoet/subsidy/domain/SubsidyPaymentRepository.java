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
}
