package nl.ontmoet.subsidy.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface SubsidyReportRepository extends Repository<SubsidyReport, Long> {

    SubsidyReport save(SubsidyReport report);

    boolean existsByApplication_Id(long applicationId);

    @Query("""
            select distinct r from SubsidyReport r join fetch r.submittedBy
            left join fetch r.lines l left join fetch l.category
            where r.application.id = :applicationId
            """)
    Optional<SubsidyReport> ofApplication(@Param("applicationId") long applicationId);
}
