package nl.ontmoet.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface LegalEntityRepository extends JpaRepository<LegalEntity, Long> {

    Optional<LegalEntity> findByCentreId(Long centreId);
}
