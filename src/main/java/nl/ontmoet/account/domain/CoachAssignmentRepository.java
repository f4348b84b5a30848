package nl.ontmoet.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

public interface CoachAssignmentRepository extends JpaRepository<CoachAssignment, Long> {

    @Query("""
            select a from CoachAssignment a join fetch a.coach join fetch a.coordinator
            where a.coordinator.id = :coordinatorId order by a.startedOn desc
            """)
    List<CoachAssignment> findByCoordinator(@Param("coordinatorId") Long coordinatorId);

    @Query("""
            select a from CoachAssignment a join fetch a.coach join fetch a.coordinator
            where a.coach.id = :coachId order by a.startedOn desc
            """)
    List<CoachAssignment> findByCoach(@Param("coachId") Long coachId);

    @Query("""
            select count(a) > 0 from CoachAssignment a
            where a.coach.id = :coachId and a.coordinator.id = :coordinatorId
              and a.startedOn <= :day and (a.endedOn is null or a.endedOn > :day)
            """)
    boolean isActive(@Param("coachId") Long coachId, @Param("coordinatorId") Long coordinatorId,
                     @Param("day") LocalDate day);
}
