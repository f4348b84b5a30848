package nl.ontmoet.volunteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface LinkRequestRepository extends JpaRepository<LinkRequest, Long> {

    boolean existsByVolunteerIdAndCentreIdAndStatus(long volunteerId, long centreId, LinkRequestStatus status);

    /** Pending requests of other centres for people engaged at this centre. */
    @Query("""
            select new nl.ontmoet.volunteer.domain.LinkRequestRow(r.id, v.name, v.dateOfBirth, c.name, r.requestedBy,
                r.createdAt, r.tasks)
            from LinkRequest r join r.volunteer v join r.centre c
            where r.status = nl.ontmoet.volunteer.domain.LinkRequestStatus.PENDING and c.id <> :centreId
              and exists (select e from Engagement e where e.volunteer = v and e.centre.id = :centreId)
            order by r.createdAt, r.id""")
    List<LinkRequestRow> pendingFor(long centreId);
}
