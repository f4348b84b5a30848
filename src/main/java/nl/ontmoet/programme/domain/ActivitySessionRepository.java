package nl.ontmoet.programme.domain;

import nl.ontmoet.centre.domain.Centre;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface ActivitySessionRepository extends JpaRepository<ActivitySession, Long> {

    String ENTRY = """
            select new nl.ontmoet.programme.domain.CalendarEntry(s.id, a.id, a.title, a.type, r.id, r.name,
                   c.id, c.name, c.slug, s.startsAt, s.endsAt, s.cancelled)
            from ActivitySession s join s.activity a join s.room r join a.centre c
            """;

    @EntityGraph(attributePaths = "room")
    Page<ActivitySession> findByActivityId(Long activityId, Pageable pageable);

    @EntityGraph(attributePaths = {"room", "activity", "activity.centre", "series"})
    Optional<ActivitySession> findWithActivityById(Long id);

    /**
     * Sessions still holding the room somewhere in [from, to). Sessions last at most 24 hours, so the lower
     * bound {@code earliest} on the start keeps the index range on (room_id, starts_at) short.
     */
    @Query("""
            select s from ActivitySession s join fetch s.activity
            where s.room.id = :roomId and s.cancelled = false
              and s.startsAt > :earliest and s.startsAt < :to and s.endsAt > :from
            order by s.startsAt
            """)
    List<ActivitySession> bookedInRoom(@Param("roomId") Long roomId, @Param("earliest") LocalDateTime earliest,
                                       @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Participation evenings anywhere in the municipality that touch [from, to), other than {@code activityId}'s. */
    @Query(ENTRY + """
            where a.type = nl.ontmoet.programme.domain.ActivityType.PARTICIPATION_EVENING and s.cancelled = false
              and s.startsAt > :earliest and s.startsAt < :to and s.endsAt > :from and a.id <> :activityId
            order by s.startsAt
            """)
    List<CalendarEntry> participationEvenings(@Param("activityId") Long activityId,
                                              @Param("earliest") LocalDateTime earliest,
                                              @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    @Query(ENTRY + """
            where c.id = :centreId and s.startsAt > :earliest and s.startsAt < :to and s.endsAt > :from
            order by s.startsAt, r.name
            """)
    List<CalendarEntry> ofCentre(@Param("centreId") Long centreId, @Param("earliest") LocalDateTime earliest,
                                 @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    @Query(ENTRY + """
            where s.startsAt > :earliest and s.startsAt < :to and s.endsAt > :from
              and (:centreId is null or c.id = :centreId)
              and (:district is null or c.district = :district)
              and (:type is null or a.type = :type)
            order by s.startsAt, c.name, r.name
            """)
    List<CalendarEntry> ofMunicipality(@Param("earliest") LocalDateTime earliest, @Param("from") LocalDateTime from,
                                       @Param("to") LocalDateTime to, @Param("centreId") Long centreId,
                                       @Param("district") String district, @Param("type") ActivityType type);

    /** Only what the public may see: sessions of public, current activities, cancelled ones included. */
    @Query("""
            select s from ActivitySession s join fetch s.activity a join fetch s.room
            where a.centre.id = :centreId and a.publicListed = true and a.archived = false
              and s.startsAt >= :from and s.startsAt < :to
            order by s.startsAt
            """)
    List<ActivitySession> publicOfCentre(@Param("centreId") Long centreId, @Param("from") LocalDateTime from,
                                       @Param("to") LocalDateTime to);

    boolean existsByActivityIdAndStartsAtBefore(Long activityId, LocalDateTime moment);

    @Query("select s from ActivitySession s where s.series.id = :seriesId and s.startsAt >= :from")
    List<ActivitySession> ofSeriesFrom(@Param("seriesId") Long seriesId, @Param("from") LocalDateTime from);

    /** Pairs of participation evenings at different activities that overlap, from {@code from} on. */
    @Query(value = """
            select a1.title, c1.name, s1.starts_at, s1.ends_at, a2.title, c2.name, s2.starts_at, s2.ends_at
            from activity_session s1
              join activity a1 on a1.id = s1.activity_id and a1.type = 'PARTICIPATION_EVENING'
              join centre c1 on c1.id = a1.centre_id
              join activity_session s2 on s2.starts_at < s1.ends_at and s2.ends_at > s1.starts_at
                   and s2.starts_at > s1.starts_at - interval 1 day and s2.id > s1.id and s2.cancelled = false
              join activity a2 on a2.id = s2.activity_id and a2.type = 'PARTICIPATION_EVENING' and a2.id <> a1.id
              join centre c2 on c2.id = a2.centre_id
            where s1.cancelled = false and s1.starts_at >= :from
            order by s1.starts_at
            """, nativeQuery = true)
    List<Object[]> participationClashes(@Param("from") LocalDateTime from);

    /** Visitors per activity and month. */
    @Query("""
            select a.title as activity, year(s.startsAt) as inYear, month(s.startsAt) as inMonth, count(s) as sessions,
                   coalesce(sum(s.visitors), 0) as visitors, coalesce(sum(s.newVisitors), 0) as newVisitors
            from ActivitySession s join s.activity a
            where a.centre.id = :centreId and s.cancelled = false and s.visitors is not null
            group by a.title, year(s.startsAt), month(s.startsAt)
            order by year(s.startsAt) desc, month(s.startsAt) desc, a.title
            """)
    List<AttendanceRow> attendanceTotals(@Param("centreId") Long centreId);

    @Query("select distinct c.district from Centre c order by c.district")
    List<String> districts();
}
