package nl.ontmoet.volunteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface PayeeRetentionRepository extends JpaRepository<PayeeRetention, Long> {

    @Query("select r from PayeeRetention r where r.volunteer.id = :volunteerId")
    Optional<PayeeRetention> ofVolunteer(long volunteerId);

    /** Retentions whose period ended before the day. */
    @Query("select r from PayeeRetention r join fetch r.volunteer where r.retainUntil < :day")
    List<PayeeRetention> endedBefore(LocalDate day);
}
