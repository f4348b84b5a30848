package nl.ontmoet.bookkeeping.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    Optional<Receipt> findByEntryId(long entryId);

    boolean existsByEntryId(long entryId);
}
