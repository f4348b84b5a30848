package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ClosingDayRepository;
import nl.ontmoet.programme.domain.RoomLocks;
import nl.ontmoet.programme.domain.Slot;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The checks every session change makes, shared by the session services (which hold the transaction): who may
 * change it, whether the room belongs to the centre and is free, whether the centre is open that day.
 * <p>
 * No room ever holds two overlapping sessions. Every booking first locks the room's row and only then looks
 * for overlaps, under READ COMMITTED so that it sees a booking committed while it waited for the lock: of two
 * coordinators booking the same slot at the same moment, the second one is refused, naming the first.
 */
@Component
@RequiredArgsConstructor
class SessionRules {

    private final ActivityRepository activities;
    private final ActivitySessionRepository sessions;
    private final ClosingDayRepository closingDays;
    private final RoomLocks rooms;
    private final CentreAccess access;
    private final Clock clock;

    Activity manageableActivity(Long activityId) {
        if (activityId == null) {
            throw new RecordNotFoundException("Activity", "(none)");
        }
        var activity = activities.findWithCentreById(activityId)
                .orElseThrow(() -> new RecordNotFoundException("Activity", activityId));
        access.requireManageable(activity.getCentre().getId());
        return activity;
    }

    ActivitySession editableSession(long sessionId, long version) {
        var session = sessions.findWithActivityById(sessionId)
                .orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
        access.requireManageable(session.getActivity().getCentre().getId());
        if (session.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ActivitySession.class, sessionId);
        }
        return session;
    }

    void requireReadable(long centreId) {
        access.requireReadable(centreId);
    }

    void requireManageable(long centreId) {
        access.requireManageable(centreId);
    }

    /** The room of the activity's centre, locked for the booking when {@code lock} is set. */
    Room roomFor(Activity activity, Long roomId, boolean lock) {
        Room room = (lock ? rooms.lockById(roomId) : rooms.findById(roomId))
                .orElseThrow(() -> BusinessRuleException.onField("room", "session.error.roomOfOtherCentre"));
        if (!room.getCentre().getId().equals(activity.getCentre().getId())) {
            throw BusinessRuleException.onField("room", "session.error.roomOfOtherCentre");
        }
        return room;
    }

    void requireOpen(long centreId, LocalDate day) {
        if (closingDays.existsByCentreIdAndDay(centreId, day)) {
            throw BusinessRuleException.onField("date", "session.error.closed", Times.day(day));
        }
    }

    void requireFree(Room room, Slot slot, Long ignoredSessionId) {
        findConflict(room.getId(), slot, ignoredSessionId).ifPresent(other -> {
            throw BusinessRuleException.onField("startTime", "session.error.roomTaken", room.getName(),
                    other.getActivity().getTitle(), Times.span(other.getStartsAt(), other.getEndsAt()));
        });
    }

    Optional<ActivitySession> findConflict(long roomId, Slot slot, Long ignoredSessionId) {
        return sessions.bookedInRoom(roomId, slot.start().minus(Slot.LONGEST), slot.start(), slot.end()).stream()
                .filter(s -> !s.getId().equals(ignoredSessionId))
                .findFirst();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Slot.ZONE));
    }
}
