package nl.ontmoet.coaching.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sessions, always seen from one person: every query takes the id of the coach who wrote the session or of a
 * coordinator who was present, so a query cannot return someone else's session. There is deliberately no
 * findById or findAll.
 */
public interface CoachingSessionRepository extends Repository<CoachingSession, Long> {

    CoachingSession save(CoachingSession session);

    /** Whether there is any session at all (for the demo data); reveals no content. */
    long count();

    @Query("select s from CoachingSession s where s.id = :id and s.coach.id = :coachId")
    Optional<CoachingSession> findOfCoach(@Param("id") long id, @Param("coachId") long coachId);

    @Query("select s from CoachingSession s join s.participants p where s.id = :id and p.id = :coordinatorId")
    Optional<CoachingSession> findOfParticipant(@Param("id") long id, @Param("coordinatorId") long coordinatorId);

    @Query(value = """
            select s from CoachingSession s join s.participants p
            where s.coach.id = :coachId and p.id = :coordinatorId
            """, countQuery = """
            select count(s) from CoachingSession s join s.participants p
            where s.coach.id = :coachId and p.id = :coordinatorId
            """)
    Page<CoachingSession> pageOfCoachWith(@Param("coachId") long coachId, @Param("coordinatorId") long coordinatorId,
                                          Pageable pageable);

    @Query(value = "select s from CoachingSession s join s.participants p where p.id = :coordinatorId",
            countQuery = "select count(s) from CoachingSession s join s.participants p where p.id = :coordinatorId")
    Page<CoachingSession> pageOfParticipant(@Param("coordinatorId") long coordinatorId, Pageable pageable);

    @Query("""
            select s from CoachingSession s join s.participants p
            where p.id = :coordinatorId order by s.sessionDate desc, s.id desc
            """)
    List<CoachingSession> allOfParticipant(@Param("coordinatorId") long coordinatorId);

    /** Per coachee of this coach: the last session on or before {@code today}. */
    @Query("""
            select p.id, max(s.sessionDate) from CoachingSession s join s.participants p
            where s.coach.id = :coachId and s.sessionDate <= :today and s.status = nl.ontmoet.coaching.domain.SessionStatus.HELD
            group by p.id
            """)
    List<Object[]> lastSessionPerCoachee(@Param("coachId") long coachId, @Param("today") LocalDate today);

    /** Per coachee of this coach: the first planned session from {@code today}. */
    @Query("""
            select p.id, min(s.sessionDate) from CoachingSession s join s.participants p
            where s.coach.id = :coachId and s.sessionDate >= :today and s.status = nl.ontmoet.coaching.domain.SessionStatus.PLANNED
            group by p.id
            """)
    List<Object[]> nextSessionPerCoachee(@Param("coachId") long coachId, @Param("today") LocalDate today);

    // --- aggregate figures for managers: counts and sums only, never texts ---

    @Query("""
            select count(s), coalesce(sum(s.durationMinutes), 0) from CoachingSession s
            where s.status = nl.ontmoet.coaching.domain.SessionStatus.HELD and s.sessionDate >= :from and s.sessionDate < :until
            """)
    List<Object[]> totals(@Param("from") LocalDate from, @Param("until") LocalDate until);

    @Query("""
            select p.id, p.displayName, count(s), sum(s.durationMinutes) from CoachingSession s join s.participants p
            where s.status = nl.ontmoet.coaching.domain.SessionStatus.HELD and s.sessionDate >= :from and s.sessionDate < :until
            group by p.id, p.displayName order by p.displayName
            """)
    List<Object[]> figuresPerCoordinator(@Param("from") LocalDate from, @Param("until") LocalDate until);

    @Query("""
            select c.id, c.name, count(distinct s.id), sum(s.durationMinutes)
            from CoachingSession s join s.participants p, nl.ontmoet.centre.domain.Centre c join c.coordinators cc
            where cc = p and s.status = nl.ontmoet.coaching.domain.SessionStatus.HELD
              and s.sessionDate >= :from and s.sessionDate < :until
            group by c.id, c.name order by c.name
            """)
    List<Object[]> figuresPerCentre(@Param("from") LocalDate from, @Param("until") LocalDate until);

    @Query("""
            select t, count(s) from CoachingSession s join s.topics t
            where s.status = nl.ontmoet.coaching.domain.SessionStatus.HELD and s.sessionDate >= :from and s.sessionDate < :until
            group by t order by count(s) desc
            """)
    List<Object[]> topicTotals(@Param("from") LocalDate from, @Param("until") LocalDate until);
}
