package nl.ontmoet.volunteer.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
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
}
