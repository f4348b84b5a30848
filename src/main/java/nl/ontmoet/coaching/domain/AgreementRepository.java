package nl.ontmoet.coaching.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/**
 * Agreements as seen by the coach of their session or by the coordinator they belong to; every query takes
 * that person's id.
 */
public interface AgreementRepository extends Repository<Agreement, Long> {

    Agreement save(Agreement agreement);

    @Query("select a from Agreement a join fetch a.session s where a.id = :id and s.coach.id = :coachId")
    Optional<Agreement> findOfCoach(@Param("id") long id, @Param("coachId") long coachId);

    @Query("select a from Agreement a join fetch a.session where a.id = :id and a.coordinator.id = :coordinatorId")
    Optional<Agreement> findOfCoordinator(@Param("id") long id, @Param("coordinatorId") long coordinatorId);

    @Query("""
            select a from Agreement a join fetch a.session s join fetch a.coordinator
            where s.id = :sessionId and s.coach.id = :coachId order by a.dueDate, a.id
            """)
    List<Agreement> ofSessionForCoach(@Param("sessionId") long sessionId, @Param("coachId") long coachId);

    @Query("""
            select a from Agreement a join fetch a.session s join fetch a.coordinator
            where s.id = :sessionId and a.coordinator.id = :coordinatorId order by a.dueDate, a.id
            """)
    List<Agreement> ofSessionForCoordinator(@Param("sessionId") long sessionId,
                                            @Param("coordinatorId") long coordinatorId);

    @Query("""
            select a from Agreement a join fetch a.session s join fetch a.coordinator
            where s.coach.id = :coachId and a.coordinator.id = :coordinatorId
              and (:onlyOpen = false or a.done = false)
            order by a.done, a.dueDate, a.id
            """)
    List<Agreement> ofCoachWith(@Param("coachId") long coachId, @Param("coordinatorId") long coordinatorId,
                                @Param("onlyOpen") boolean onlyOpen);

    @Query("""
            select a from Agreement a join fetch a.session s join fetch a.coordinator
            where s.coach.id = :coachId and a.done = false order by a.dueDate, a.id
            """)
    List<Agreement> openOfCoach(@Param("coachId") long coachId);

    @Query("""
            select a from Agreement a join fetch a.session s join fetch a.coordinator
            where a.coordinator.id = :coordinatorId and (:onlyOpen = false or a.done = false)
            order by a.done, a.dueDate, a.id
            """)
    List<Agreement> ofCoordinator(@Param("coordinatorId") long coordinatorId, @Param("onlyOpen") boolean onlyOpen);

    @Query("""
            select a.coordinator.id, count(a) from Agreement a
            where a.session.coach.id = :coachId and a.done = false group by a.coordinator.id
            """)
    List<Object[]> openCountPerCoachee(@Param("coachId") long coachId);
}
