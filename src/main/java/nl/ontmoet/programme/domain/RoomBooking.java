package nl.ontmoet.programme.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Room;

/** An activity holding a room: one session, or the weekly series its sessions were made from. */
@MappedSuperclass
public abstract class RoomBooking extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    protected RoomBooking() {
    }

    protected RoomBooking(Activity activity, Room room) {
        this.activity = activity;
        this.room = room;
    }

    public Activity getActivity() {
        return activity;
    }

    public Room getRoom() {
        return room;
    }

    protected void changeRoom(Room room) {
        this.room = room;
    }
}
