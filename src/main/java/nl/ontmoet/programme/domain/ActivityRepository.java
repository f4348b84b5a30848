package nl.ontmoet.programme.domain;

import nl.ontmoet.base.search.SearchRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    @Query("""
            select a from Activity a
            where a.centre.id = :centreId and (:withArchived = true or a.archived = false)
              and (:text is null or lower(a.title) like lower(concat('%', :text, '%')))
            """)
    Page<Activity> search(@Param("centreId") Long centreId, @Param("withArchived") boolean withArchived,
                          @Param("text") String text, Pageable pageable);

    @EntityGraph(attributePaths = "centre")
    Optional<Activity> findWithCentreById(Long id);

    List<Activity> findByCentreIdAndArchivedFalseOrderByTitle(Long centreId);

    /** Activities whose title contains the pattern, in the readable centres, for the search field. */
    @Query("""
            select new nl.ontmoet.base.search.SearchRow(a.id, a.title, c.slug, c.name, cast(a.type as string),
                   null, null)
            from Activity a join a.centre c
            where (:all = true or c.id in :centreIds) and lower(a.title) like :pattern escape '!'
            order by a.archived, a.title, c.name
            """)
    List<SearchRow> find(@Param("pattern") String pattern, @Param("all") boolean all,
                                                @Param("centreIds") Collection<Long> centreIds,
                                                Pageable pageable);
}
