package nl.ontmoet.bookkeeping.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface ClosedYearRepository extends JpaRepository<ClosedYear, Long> {

    Optional<ClosedYear> findByCentreIdAndYear(long centreId, int year);

    @Query("select (count(c) > 0) from ClosedYear c where c.centre.id = :centreId and c.year = :year and c.closed = true")
    boolean isClosed(long centreId, int year);
}
