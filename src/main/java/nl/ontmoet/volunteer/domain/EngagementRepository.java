package nl.ontmoet.volunteer.domain;

import nl.ontmoet.base.search.SearchRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EngagementRepository extends JpaRepository<Engagement, Long> {

    @Query(value = """
            select new nl.ontmoet.volunteer.domain.VolunteerRow(v.id, v.name, e.status, e.startDate, e.tasks)
            from Engagement e join e.volunteer v where e.centre.id = :centreId""",
            countQuery = "select count(e) from Engagement e where e.centre.id = :centreId")
    Page<VolunteerRow> pageByCentre(long centreId, Pageable pageable);

    @Query("select e from Engagement e join fetch e.volunteer where e.centre.id = :centreId and e.volunteer.id = :volunteerId")
    Optional<Engagement> findAtCentre(long centreId, long volunteerId);

    @Query("""
            select count(e) > 0 from Engagement e
            where e.centre.id = :centreId and lower(e.volunteer.name) = lower(:name)
              and e.volunteer.dateOfBirth = :dateOfBirth and e.volunteer.id <> :volunteerId""")
    boolean duplicateAtCentre(long centreId, String name, LocalDate dateOfBirth, long volunteerId);

    /** The centre's active volunteers with their person; tags and availability follow in batches. */
    @Query("""
            select e from Engagement e join fetch e.volunteer v
            where e.centre.id = :centreId and e.status = nl.ontmoet.volunteer.domain.VolunteerStatus.ACTIEF
              and v.erasedAt is null
            order by v.name""")
    List<Engagement> activeAtCentre(long centreId);

    /** Engagements still running that need a VOG which is missing or dated before {@code validFrom}. */
    @Query("""
            select new nl.ontmoet.volunteer.domain.VogRow(v.id, v.name, e.status, e.vogDate)
            from Engagement e join e.volunteer v
            where e.centre.id = :centreId and e.vogNeeded = true
              and e.status <> nl.ontmoet.volunteer.domain.VolunteerStatus.GESTOPT
              and (e.vogDate is null or e.vogDate < :validFrom)
            order by e.vogDate nulls first, v.name""")
    List<VogRow> vogDue(long centreId, LocalDate validFrom);

    @Query("""
            select new nl.ontmoet.volunteer.domain.CentreVolunteerCount(c.id, c.name, count(e))
            from Centre c left join Engagement e
              on e.centre = c and e.status = nl.ontmoet.volunteer.domain.VolunteerStatus.ACTIEF
            group by c.id, c.name
            order by c.name""")
    List<CentreVolunteerCount> countActivePerCentre();

    @Query("""
            select count(e) from Engagement e
            where e.centre.id = :centreId and e.status = nl.ontmoet.volunteer.domain.VolunteerStatus.ACTIEF""")
    long countActiveAtCentre(long centreId);

    @Query("select e from Engagement e join fetch e.centre join fetch e.volunteer where e.volunteer.id = :volunteerId order by e.centre.name")
    List<Engagement> ofVolunteer(long volunteerId);

    /** The tags of one kind that the centre's volunteers already have: suggestions that keep spellings alike. */
    @Query("""
            select distinct t.label from Engagement e join e.volunteer v join v.tags t
            where e.centre.id = :centreId and t.kind = :kind and v.erasedAt is null
            order by t.label""")
    List<String> tagLabelsAtCentre(long centreId, TagKind kind);

    /** Engagements of volunteers whose name contains the pattern, at the given centres, for the search field. */
    @Query("""
            select new nl.ontmoet.base.search.SearchRow(v.id, v.name, c.slug, c.name, cast(e.status as string),
                   null, null)
            from Engagement e join e.volunteer v join e.centre c
            where (:all = true or c.id in :centreIds) and v.erasedAt is null
              and lower(v.name) like :pattern escape '!'
            order by v.name, c.name
            """)
    List<SearchRow> find(@Param("pattern") String pattern, @Param("all") boolean all,
                                                @Param("centreIds") Collection<Long> centreIds,
                                                Pageable pageable);
}
