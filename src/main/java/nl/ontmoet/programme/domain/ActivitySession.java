package nl.ontmoet.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.centre.domain.Room;

import java.time.LocalDateTime;

/**
 * A bijeenkomst: one occurrence of an activity in a room. Start and end are wall-clock times of the centre
 * (Europe/Amsterdam), which is what people read on a poster; a cancelled session no longer holds its room.
 */
@Entity
@Table(name = "activity_session")
public class ActivitySession extends RoomBooking {

    public static final int REASON_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private SessionSeries series;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private String cancelReason;

    private Integer visitors;

    @Column(name = "new_visitors")
    private Integer newVisitors;

    protected ActivitySession() {
    }

    public ActivitySession(Activity activity, Room room, SessionSeries series, LocalDateTime startsAt,
                           LocalDateTime endsAt) {
        super(activity, room);
        this.series = series;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public SessionSeries getSeries() {
        return series;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void moveTo(Room room, LocalDateTime startsAt, LocalDateTime endsAt) {
        changeRoom(room);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void cancel(String reason) {
        this.cancelled = true;
        this.cancelReason = reason;
    }

    public Integer getVisitors() {
        return visitors;
    }

    public Integer getNewVisitors() {
        return newVisitors;
    }

    public void recordAttendance(Integer visitors, Integer newVisitors) {
        this.visitors = visitors;
        this.newVisitors = newVisitors;
    }
}
