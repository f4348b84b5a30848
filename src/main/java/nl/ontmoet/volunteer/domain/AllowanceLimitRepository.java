package nl.ontmoet.volunteer.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AllowanceLimitRepository extends JpaRepository<AllowanceLimit, Long> {

    Page<AllowanceLimit> findAllBy(Pageable pageable);

    Optional<AllowanceLimit> findByYear(int year);

    boolean existsByYearAndIdNot(int year, long id);
}
