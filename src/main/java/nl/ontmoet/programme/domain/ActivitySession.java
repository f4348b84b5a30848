package nl.ontmoet.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.centre.domain.Room;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A bijeenkomst: one occurrence of an activity in a room. Start and end are wall-clock times of the centre
 * (Europe/Amsterdam), which is what people read on a poster; a cancelled session no longer holds its room.
 * Every move or cancellation raises the revision, so calendars that subscribed replace the event they hold.
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

    @Column(nullable = false)
    private int revision;

    @Column(name = "revised_at")
    private Instant revisedAt;

    @Column(name = "previous_starts_at")
    private LocalDateTime previousStartsAt;

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

    /** Remembers the start it was first published with, until it is moved back there. */
    public void moveTo(Room room, LocalDateTime startsAt, LocalDateTime endsAt, Instant at) {
        LocalDateTime original = previousStartsAt == null ? this.startsAt : previousStartsAt;
        this.previousStartsAt = original.equals(startsAt) ? null : original;
        changeRoom(room);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        revised(at);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void cancel(String reason, Instant at) {
        this.cancelled = true;
        this.cancelReason = reason;
        revised(at);
    }

    private void revised(Instant at) {
        this.revision++;
        this.revisedAt = at;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    /** The start before it was moved, or null when it was never moved (or moved back). */
    public LocalDateTime getPreviousStartsAt() {
        return previousStartsAt;
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
