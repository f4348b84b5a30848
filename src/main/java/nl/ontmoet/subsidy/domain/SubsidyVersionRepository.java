package nl.ontmoet.subsidy.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Versions are only ever added and read: there is no update or delete. */
public interface SubsidyVersionRepository extends Repository<SubsidyVersion, Long> {

    SubsidyVersion save(SubsidyVersion version);

    @Query("""
            select v from SubsidyVersion v join fetch v.submittedBy
            where v.application.id = :applicationId order by v.number
            """)
    List<SubsidyVersion> ofApplication(@Param("applicationId") long applicationId);

    @Query("select coalesce(max(v.number), 0) from SubsidyVersion v where v.application.id = :applicationId")
    int lastNumber(@Param("applicationId") long applicationId);

    long count();
}
