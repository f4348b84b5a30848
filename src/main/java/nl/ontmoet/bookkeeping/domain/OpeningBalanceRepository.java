package nl.ontmoet.bookkeeping.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface OpeningBalanceRepository extends JpaRepository<OpeningBalance, Long> {

    Optional<OpeningBalance> findByAccountIdAndYear(long accountId, int year);

    List<OpeningBalance> findByAccountId(long accountId);

    /** The latest opening balance of the account in or before the year: where its running balance starts. */
    Optional<OpeningBalance> findFirstByAccountIdAndYearLessThanEqualOrderByYearDesc(long accountId, int year);

    List<OpeningBalance> findByAccountCentreIdAndYear(long centreId, int year);
}
