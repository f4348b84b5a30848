package nl.ontmoet.subsidy.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface SubsidySchemeRepository extends JpaRepository<SubsidyScheme, Long> {

    /** Serialises decisions under one scheme: {@code SELECT ... FOR UPDATE} on its row. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SubsidyScheme s where s.id = :id")
    Optional<SubsidyScheme> lockById(@Param("id") Long id);

    @Query("select s from SubsidyScheme s where s.closesOn >= :today order by s.year desc, s.name")
    List<SubsidyScheme> notClosed(@Param("today") LocalDate today);

    /** Per scheme: [id, requested by submitted or decided applications, granted]. */
    @Query("""
            select a.scheme.id,
                   sum(case when a.status <> nl.ontmoet.subsidy.domain.SubsidyStatus.DRAFT
                            then a.requestedAmount else 0 end),
                   sum(case when a.status in (nl.ontmoet.subsidy.domain.SubsidyStatus.GRANTED,
                                nl.ontmoet.subsidy.domain.SubsidyStatus.REPORTED,
                                nl.ontmoet.subsidy.domain.SubsidyStatus.SETTLED)
                            then a.grantedAmount else 0 end)
            from SubsidyApplication a group by a.scheme.id
            """)
    List<Object[]> totals();
}
