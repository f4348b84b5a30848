package nl.ontmoet.coaching.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/** A coordinator's reflections: read by that coordinator and the session's coach only. */
public interface ReflectionRepository extends Repository<Reflection, Long> {

    Reflection save(Reflection reflection);

    @Query("select r from Reflection r where r.session.id = :sessionId and r.coordinator.id = :coordinatorId")
    Optional<Reflection> findOfCoordinator(@Param("sessionId") long sessionId,
                                           @Param("coordinatorId") long coordinatorId);

    @Query("""
            select r from Reflection r join fetch r.coordinator
            where r.session.id = :sessionId and r.session.coach.id = :coachId order by r.coordinator.displayName
            """)
    List<Reflection> ofSessionForCoach(@Param("sessionId") long sessionId, @Param("coachId") long coachId);
}
