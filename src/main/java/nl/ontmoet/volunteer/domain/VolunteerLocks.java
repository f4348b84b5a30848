package nl.ontmoet.volunteer.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/**
 * Serialises everything that is checked against a sum over all of a volunteer's centres (allowances under the
 * limits, hours per day): lock the volunteer row, then sum. A separate repository so that VolunteerRepository,
 * which the register work also changes, stays untouched.
 */
public interface VolunteerLocks extends Repository<Volunteer, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Volunteer v where v.id = :id")
    Optional<Volunteer> lockById(@Param("id") Long id);
}
