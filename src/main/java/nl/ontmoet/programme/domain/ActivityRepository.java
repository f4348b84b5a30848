package nl.ontmoet.programme.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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
}
