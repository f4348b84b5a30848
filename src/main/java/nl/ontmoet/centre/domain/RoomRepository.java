package nl.ontmoet.centre.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RoomRepository extends JpaRepository<Room, Long> {

    Page<Room> findByCentreId(Long centreId, Pageable pageable);

    List<Room> findByCentreIdOrderByName(Long centreId);

    long countByCentreId(Long centreId);

    boolean existsByCentreIdAndNameIgnoreCaseAndIdNot(Long centreId, String name, Long id);

    boolean existsByCentreIdAndNameIgnoreCase(Long centreId, String name);
}
