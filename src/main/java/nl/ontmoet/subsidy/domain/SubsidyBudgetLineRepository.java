package nl.ontmoet.subsidy.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface SubsidyBudgetLineRepository extends JpaRepository<SubsidyBudgetLine, Long> {

    /** Expenses first, then income, each by category name. */
    @Query("""
            select l from SubsidyBudgetLine l join fetch l.category c
            where l.application.id = :applicationId order by c.direction, c.name
            """)
    List<SubsidyBudgetLine> ofApplication(@Param("applicationId") long applicationId);

    boolean existsByApplication_IdAndCategory_Id(long applicationId, long categoryId);
}
