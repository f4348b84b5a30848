package nl.ontmoet.bookkeeping.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    Page<Category> findAllBy(Pageable pageable);

    List<Category> findAllByOrderByDirectionAscNameAsc();

    List<Category> findByActiveTrueOrderByDirectionAscNameAsc();

    Optional<Category> findByCode(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("""
            select (count(e) > 0) from LedgerEntry e where e.category.id = :categoryId
            """)
    boolean usedInLedger(long categoryId);

    @Query("""
            select (count(l) > 0) from BudgetLine l where l.category.id = :categoryId
            """)
    boolean usedInBudgets(long categoryId);
}
