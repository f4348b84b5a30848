package nl.ontmoet.coaching.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Private notes: reachable only together with the id of the coach who wrote them. */
public interface CoachNoteRepository extends Repository<CoachNote, Long> {

    CoachNote save(CoachNote note);

    @Query("select n from CoachNote n where n.session.id = :sessionId and n.coach.id = :coachId")
    Optional<CoachNote> findOfCoach(@Param("sessionId") long sessionId, @Param("coachId") long coachId);
}
