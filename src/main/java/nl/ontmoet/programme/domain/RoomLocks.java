package nl.ontmoet.programme.domain;

import jakarta.persistence.LockModeType;
import nl.ontmoet.centre.domain.Room;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/**
 * Serialises bookings per room: whoever books a room first locks its row ({@code SELECT ... FOR UPDATE}) and
 * holds it until commit, so a second booking checks for overlaps only after the first is visible.
 */
public interface RoomLocks extends Repository<Room, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Room r where r.id = :id")
    Optional<Room> lockById(@Param("id") Long id);

    Optional<Room> findById(Long id);
}
