package nl.ontmoet.subsidy.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface SubsidyTransitionRepository extends Repository<SubsidyTransition, Long> {

    SubsidyTransition save(SubsidyTransition transition);

    @Query("""
            select t from SubsidyTransition t join fetch t.actor
            where t.application.id = :applicationId order by t.occurredAt, t.id
            """)
    List<SubsidyTransition> ofApplication(@Param("applicationId") long applicationId);

    long count();

    boolean existsByApplication_IdAndActor_IdAndToStatus(long applicationId, long actorId, SubsidyStatus toStatus);
}
