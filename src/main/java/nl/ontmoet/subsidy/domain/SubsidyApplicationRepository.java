package nl.ontmoet.subsidy.domain;

import jakarta.persistence.LockModeType;
import nl.ontmoet.base.search.SearchRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface SubsidyApplicationRepository extends JpaRepository<SubsidyApplication, Long> {

    @EntityGraph(attributePaths = {"scheme", "centre", "author"})
    @Query("select a from SubsidyApplication a where a.id = :id")
    Optional<SubsidyApplication> findDetailed(@Param("id") long id);

    /** Serialises the steps on one application: {@code SELECT ... FOR UPDATE} on its row. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SubsidyApplication a where a.id = :id")
    Optional<SubsidyApplication> lockById(@Param("id") long id);

    @Query("select a.scheme.id from SubsidyApplication a where a.id = :id")
    Optional<Long> schemeIdOf(@Param("id") long id);

    @EntityGraph(attributePaths = {"scheme"})
    @Query(value = "select a from SubsidyApplication a where a.centre.id = :centreId",
            countQuery = "select count(a) from SubsidyApplication a where a.centre.id = :centreId")
    Page<SubsidyApplication> ofCentre(@Param("centreId") long centreId, Pageable pageable);

    @EntityGraph(attributePaths = {"scheme", "centre"})
    @Query(value = "select a from SubsidyApplication a where a.status = :status",
            countQuery = "select count(a) from SubsidyApplication a where a.status = :status")
    Page<SubsidyApplication> withStatus(@Param("status") SubsidyStatus status, Pageable pageable);

    @Query("""
            select coalesce(sum(a.grantedAmount), 0) from SubsidyApplication a
            where a.scheme.id = :schemeId and a.status in (nl.ontmoet.subsidy.domain.SubsidyStatus.GRANTED,
                  nl.ontmoet.subsidy.domain.SubsidyStatus.REPORTED, nl.ontmoet.subsidy.domain.SubsidyStatus.SETTLED)
            """)
    BigDecimal grantedUnder(@Param("schemeId") long schemeId);

    /** Granted, reported and settled applications of a centre under schemes of one year, for the budget. */
    @EntityGraph(attributePaths = {"scheme"})
    @Query("""
            select a from SubsidyApplication a
            where a.centre.id = :centreId and a.scheme.year = :year
              and a.status in (nl.ontmoet.subsidy.domain.SubsidyStatus.GRANTED,
                  nl.ontmoet.subsidy.domain.SubsidyStatus.REPORTED, nl.ontmoet.subsidy.domain.SubsidyStatus.SETTLED)
            order by a.title
            """)
    List<SubsidyApplication> grantedOfCentreInYear(@Param("centreId") long centreId, @Param("year") int year);

    @Query("select a from SubsidyApplication a join fetch a.scheme where a.centre.id = :centreId and a.status = :status order by a.title")
    List<SubsidyApplication> ofCentreInStatus(@Param("centreId") long centreId, @Param("status") SubsidyStatus status);

    /** Applications whose title or scheme contains the pattern, in the readable centres, for the search field. */
    @Query("""
            select new nl.ontmoet.base.search.SearchRow(a.id, a.title, c.slug, c.name, cast(a.status as string),
                   null, a.requestedAmount)
            from SubsidyApplication a join a.centre c join a.scheme s
            where (:all = true or c.id in :centreIds)
              and (lower(a.title) like :pattern escape '!' or lower(s.name) like :pattern escape '!')
            order by a.id desc
            """)
    List<SearchRow> find(@Param("pattern") String pattern, @Param("all") boolean all,
                                                @Param("centreIds") Collection<Long> centreIds,
                                                Pageable pageable);
}
