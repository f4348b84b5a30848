package nl.ontmoet.centre.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.domain.RoomRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class RoomService {

    private final RoomRepository rooms;
    private final CentreAccess access;

    public Page<Room> list(long centreId, Pageable pageable) {
        access.requireReadable(centreId);
        return rooms.findByCentreId(centreId, pageable);
    }

    public List<Room> all(long centreId) {
        access.requireReadable(centreId);
        return rooms.findByCentreIdOrderByName(centreId);
    }

    public Room newRoom(long centreId) {
        Centre centre = access.requireReadable(centreId);
        access.requireEditableDetails(centreId);
        return new Room(centre);
    }

    @Transactional
    public Room save(Room room) {
        long centreId = room.getCentre().getId();
        access.requireEditableDetails(centreId);
        if (!room.isNew()) {
            var stored = rooms.findById(room.getId()).orElseThrow(() -> new RecordNotFoundException("Room", room.getId()));
            if (!stored.getCentre().getId().equals(centreId)) {
                throw new RecordNotFoundException("Room", room.getId());
            }
        }
        boolean taken = room.isNew()
                ? rooms.existsByCentreIdAndNameIgnoreCase(centreId, room.getName())
                : rooms.existsByCentreIdAndNameIgnoreCaseAndIdNot(centreId, room.getName(), room.getId());
        if (taken) {
            throw BusinessRuleException.onField("name", "room.error.nameTaken", room.getName());
        }
        return rooms.save(room);
    }

    @Transactional
    public void delete(long roomId) {
        var room = rooms.findById(roomId).orElseThrow(() -> new RecordNotFoundException("Room", roomId));
        access.requireEditableDetails(room.getCentre().getId());
        rooms.delete(room);
        rooms.flush();
    }
}
