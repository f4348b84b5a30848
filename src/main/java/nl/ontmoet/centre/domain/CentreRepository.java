package nl.ontmoet.centre.domain;

import nl.ontmoet.base.search.SearchRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CentreRepository extends JpaRepository<Centre, Long> {

    @EntityGraph(attributePaths = "coordinators")
    Optional<Centre> findBySlug(String slug);

    @EntityGraph(attributePaths = "coordinators")
    Optional<Centre> findWithCoordinatorsById(Long id);

    boolean existsBySlug(String slug);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);

    @Query("select c from Centre c join c.coordinators u where u.id = :userId order by c.name")
    List<Centre> findCoordinatedBy(@Param("userId") Long userId);

    /** Centres of the coordinators a coach currently coaches. */
    @Query("""
            select distinct c from Centre c join c.coordinators u
            where exists (select a from CoachAssignment a
                          where a.coordinator = u and a.coach.id = :coachId
                            and a.startedOn <= :day and (a.endedOn is null or a.endedOn > :day))
            order by c.name
            """)
    List<Centre> findCoachedBy(@Param("coachId") Long coachId, @Param("day") LocalDate day);

    @Query("""
            select count(c) > 0 from Centre c join c.coordinators u
            where c.id = :centreId and u.id = :userId
            """)
    boolean isCoordinatedBy(@Param("centreId") Long centreId, @Param("userId") Long userId);

    @Query("""
            select count(c) > 0 from Centre c join c.coordinators u
            where c.id = :centreId and exists (select a from CoachAssignment a
                  where a.coordinator = u and a.coach.id = :coachId
                    and a.startedOn <= :day and (a.endedOn is null or a.endedOn > :day))
            """)
    boolean isCoachedBy(@Param("centreId") Long centreId, @Param("coachId") Long coachId,
                        @Param("day") LocalDate day);

    /** Filtered page of the centres whose ids are in {@code visible}, or of all centres when it is null. */
    @Query("""
            select c from Centre c
            where (:allVisible = true or c.id in :visible)
              and (:text is null or lower(c.name) like lower(concat('%', :text, '%'))
                                  or lower(c.district) like lower(concat('%', :text, '%'))
                                  or lower(c.address) like lower(concat('%', :text, '%')))
              and (:onlyActive = false or c.active = true)
            """)
    Page<Centre> search(@Param("allVisible") boolean allVisible, @Param("visible") Collection<Long> visible,
                        @Param("text") String text, @Param("onlyActive") boolean onlyActive, Pageable pageable);

    @Query("""
            select c.id, u.displayName from Centre c join c.coordinators u
            where c.id in :ids order by u.displayName
            """)
    List<Object[]> coordinatorNames(@Param("ids") Collection<Long> ids);

    @Query("select r.centre.id, count(r) from Room r where r.centre.id in :ids group by r.centre.id")
    List<Object[]> roomCounts(@Param("ids") Collection<Long> ids);

    /** Centres whose name or district contains the pattern, for the search field. */
    @Query("""
            select new nl.ontmoet.base.search.SearchRow(c.id, c.name, c.slug, c.district, null, null, null)
            from Centre c
            where (:all = true or c.id in :centreIds)
              and (lower(c.name) like :pattern escape '!' or lower(c.district) like :pattern escape '!')
            order by c.active desc, c.name
            """)
    List<SearchRow> find(@Param("pattern") String pattern, @Param("all") boolean all,
                                                @Param("centreIds") Collection<Long> centreIds, Pageable pageable);
}
