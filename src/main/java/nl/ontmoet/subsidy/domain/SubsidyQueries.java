package nl.ontmoet.subsidy.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read-only overviews over applications, each one query: what is due, and a centre's earlier applications. */
public interface SubsidyQueries extends Repository<SubsidyApplication, Long> {

    /**
     * Submitted applications (waiting for a decision) and granted ones (a grant below the report threshold is
     * settled at once, so every granted one owes a report) whose report deadline falls on or before
     * {@code horizon}; all centres when {@code centreId} is null.
     */
    @Query("""
            select new nl.ontmoet.subsidy.domain.DeadlineFact(a.id, c.slug, c.name, a.title, s.name, a.status,
                   a.submittedAt, coalesce(a.reportDueOn, s.reportDeadline), s.decisionWeeks)
            from SubsidyApplication a join a.centre c join a.scheme s
            where (:centreId is null or c.id = :centreId)
              and (a.status = nl.ontmoet.subsidy.domain.SubsidyStatus.SUBMITTED
                   or (a.status = nl.ontmoet.subsidy.domain.SubsidyStatus.GRANTED
                       and coalesce(a.reportDueOn, s.reportDeadline) <= :horizon))
            order by a.id
            """)
    List<DeadlineFact> due(@Param("centreId") Long centreId, @Param("horizon") LocalDate horizon, Limit limit);

    /** The centre's other submitted or decided applications, per scheme and status. */
    @Query("""
            select new nl.ontmoet.subsidy.domain.EarlierApplications(s.year, s.name, a.status, count(a),
                   coalesce(sum(a.requestedAmount), 0), coalesce(sum(a.grantedAmount), 0))
            from SubsidyApplication a join a.scheme s
            where a.centre.id = :centreId and a.id <> :applicationId
              and a.status <> nl.ontmoet.subsidy.domain.SubsidyStatus.DRAFT
            group by s.year, s.name, a.status
            order by s.year desc, s.name, a.status
            """)
    List<EarlierApplications> earlierOfCentre(@Param("centreId") long centreId,
                                              @Param("applicationId") long applicationId);

    /** For the demo data and tests: an application found by its title. */
    Optional<SubsidyApplication> findFirstByTitle(String title);
}
