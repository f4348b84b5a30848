package nl.ontmoet.bookkeeping.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface CounterpartyCategoryRepository extends JpaRepository<CounterpartyCategory, Long> {

    @Query("""
            select m from CounterpartyCategory m join fetch m.category
            where m.centre.id = :centreId and m.counterpartyKey in :keys""")
    List<CounterpartyCategory> findByCentreAndKeys(long centreId, Collection<String> keys);
}
