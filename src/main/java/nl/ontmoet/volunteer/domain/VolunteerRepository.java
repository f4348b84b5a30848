package nl.ontmoet.volunteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Optional;

public interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    Optional<Volunteer> findFirstByNameIgnoreCaseAndDateOfBirth(String name, LocalDate dateOfBirth);
}
