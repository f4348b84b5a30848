package nl.ontmoet.bookkeeping.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface BudgetRepository extends JpaRepository<Budget, Long> {

    @Query("""
            select distinct b from Budget b left join fetch b.lines l left join fetch l.category
            where b.centre.id = :centreId and b.year = :year
            """)
    Optional<Budget> findWithLines(long centreId, int year);

    boolean existsByCentreIdAndYear(long centreId, int year);
}
