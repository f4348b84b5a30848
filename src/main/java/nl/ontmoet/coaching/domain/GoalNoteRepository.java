package nl.ontmoet.coaching.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Progress notes, reachable only by the goal's coach or coordinator. */
public interface GoalNoteRepository extends Repository<GoalNote, Long> {

    GoalNote save(GoalNote note);

    @Query("""
            select n from GoalNote n join fetch n.author
            where n.goal.id = :goalId and (n.goal.coach.id = :userId or n.goal.coordinator.id = :userId)
            order by n.writtenOn, n.id
            """)
    List<GoalNote> ofGoal(@Param("goalId") long goalId, @Param("userId") long userId);

    @Query("""
            select count(n) from GoalNote n
            where n.goal.id = :goalId and (n.goal.coach.id = :userId or n.goal.coordinator.id = :userId)
            """)
    long countOfGoal(@Param("goalId") long goalId, @Param("userId") long userId);
}
