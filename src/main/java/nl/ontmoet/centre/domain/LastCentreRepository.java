package nl.ontmoet.centre.domain;

import org.springframework.data.repository.Repository;

import java.util.Optional;

public interface LastCentreRepository extends Repository<LastCentre, Long> {

    Optional<LastCentre> findById(Long userId);

    LastCentre save(LastCentre lastCentre);
}
