package nl.ontmoet.volunteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface VolunteerSettingsRepository extends JpaRepository<VolunteerSettings, Long> {

    Optional<VolunteerSettings> findFirstByOrderByIdAsc();
}
