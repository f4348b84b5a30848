package nl.ontmoet.programme.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface ClosingDayRepository extends JpaRepository<ClosingDay, Long> {

    Page<ClosingDay> findByCentreId(Long centreId, Pageable pageable);

    List<ClosingDay> findByCentreIdAndDayBetweenOrderByDay(Long centreId, LocalDate from, LocalDate to);

    boolean existsByCentreIdAndDay(Long centreId, LocalDate day);
}
