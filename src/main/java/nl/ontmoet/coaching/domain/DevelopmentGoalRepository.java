package nl.ontmoet.coaching.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Development goals as seen by the coach who set them or the coordinator they belong to. */
public interface DevelopmentGoalRepository extends Repository<DevelopmentGoal, Long> {

    DevelopmentGoal save(DevelopmentGoal goal);

    @Query("select g from DevelopmentGoal g join fetch g.coordinator where g.id = :id and g.coach.id = :coachId")
    Optional<DevelopmentGoal> findOfCoach(@Param("id") long id, @Param("coachId") long coachId);

    @Query("select g from DevelopmentGoal g join fetch g.coordinator where g.id = :id and g.coordinator.id = :coordinatorId")
    Optional<DevelopmentGoal> findOfCoordinator(@Param("id") long id, @Param("coordinatorId") long coordinatorId);

    @Query("""
            select g from DevelopmentGoal g join fetch g.coordinator
            where g.coach.id = :coachId and g.coordinator.id = :coordinatorId order by g.status, g.targetDate, g.id
            """)
    List<DevelopmentGoal> ofCoachWith(@Param("coachId") long coachId, @Param("coordinatorId") long coordinatorId);

    @Query("""
            select g from DevelopmentGoal g join fetch g.coordinator
            where g.coordinator.id = :coordinatorId order by g.status, g.targetDate, g.id
            """)
    List<DevelopmentGoal> ofCoordinator(@Param("coordinatorId") long coordinatorId);

    @Query("""
            select g.coordinator.id, count(g) from DevelopmentGoal g
            where g.coach.id = :coachId and g.status in (nl.ontmoet.coaching.domain.GoalStatus.OPEN,
                  nl.ontmoet.coaching.domain.GoalStatus.IN_PROGRESS)
            group by g.coordinator.id
            """)
    List<Object[]> activeCountPerCoachee(@Param("coachId") long coachId);

    /** For managers: how many goals were achieved in a period, per coordinator. Counts only. */
    @Query("""
            select g.coordinator.displayName, count(g) from DevelopmentGoal g
            where g.status = nl.ontmoet.coaching.domain.GoalStatus.ACHIEVED
              and g.achievedOn >= :from and g.achievedOn < :until
            group by g.coordinator.id, g.coordinator.displayName order by g.coordinator.displayName
            """)
    List<Object[]> achievedPerCoordinator(@Param("from") LocalDate from, @Param("until") LocalDate until);
}
