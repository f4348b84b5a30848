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
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.CalendarEntry;
import nl.ontmoet.programme.domain.ClosingDay;
import nl.ontmoet.programme.domain.ClosingDayRepository;
import nl.ontmoet.programme.domain.Recurrence;
import nl.ontmoet.programme.domain.RoomLocks;
import nl.ontmoet.programme.domain.SeriesPlacement;
import nl.ontmoet.programme.domain.SessionSeries;
import nl.ontmoet.programme.domain.SessionSeriesRepository;
import nl.ontmoet.programme.domain.Slot;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sessions (bijeenkomsten): planning single sessions and weekly series, moving, cancelling, attendance.
 * <p>
 * No room ever holds two overlapping sessions. Every booking first locks the room's row and only then looks
 * for overlaps, under READ COMMITTED so that it sees a booking committed while it waited for the lock: of two
 * coordinators booking the same slot at the same moment, the second one is refused, naming the first.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SessionService {

    /** Visitors above this many times the room capacity are a typing error, not a busy evening. */
    static final int ABSURD_FACTOR = 2;
    private static final int MAX_WARNINGS = 5;

    private final ActivityRepository activities;
    private final ActivitySessionRepository sessions;
    private final SessionSeriesRepository series;
    private final ClosingDayRepository closingDays;
    private final RoomLocks rooms;
    private final CentreAccess access;
    private final Clock clock;

    public Page<ActivitySession> page(long activityId, Pageable pageable) {
        readable(activityId);
        return sessions.findByActivityId(activityId, pageable);
    }

    public ActivitySession get(long sessionId) {
        var session = sessions.findWithActivityById(sessionId)
                .orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
        if (!access.canRead(session.getActivity().getCentre().getId())) {
            throw new RecordNotFoundException("Session", sessionId);
        }
        return session;
    }

    /** What the user should confirm before {@link #plan}: room too small, series in the past, participation clash. */
    public List<Warning> warnings(SessionPlan plan) {
        Activity activity = manageable(plan.getActivityId());
        List<Slot> slots = slots(plan);
        Room room = roomOf(plan, activity, false);
        var warnings = new ArrayList<Warning>();
        Integer expected = activity.getExpectedParticipants();
        if (expected != null && expected > room.getCapacity()) {
            warnings.add(Warning.of("session.warning.overCapacity", expected, room.getName(), room.getCapacity()));
        }
        if (plan.isWeekly() && !slots.isEmpty() && slots.getFirst().start().isBefore(now())) {
            warnings.add(Warning.of("session.warning.seriesInPast"));
        }
        if (activity.getType() == ActivityType.PARTICIPATION_EVENING && !slots.isEmpty()) {
            warnings.addAll(participationClashes(activity.getId(), slots, null));
        }
        return warnings;
    }

    /** The booking that would collide with {@code slot} in the room, if any; the check every booking makes. */
    public Optional<ActivitySession> findConflict(long roomId, Slot slot, Long ignoredSessionId) {
        return sessions.bookedInRoom(roomId, slot.start().minus(Slot.LONGEST), slot.start(), slot.end()).stream()
                .filter(s -> !s.getId().equals(ignoredSessionId))
                .findFirst();
    }

    /**
     * Creates one session (refused when the room is taken or the centre is closed) or a weekly series (those
     * occurrences are skipped and reported).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlanResult plan(SessionPlan plan) {
        Activity activity = manageable(plan.getActivityId());
        if (activity.isArchived()) {
            throw new BusinessRuleException("session.error.archived");
        }
        List<Slot> slots = slots(plan);
        Room room = roomOf(plan, activity, true);
        long centreId = activity.getCentre().getId();
        if (!plan.isWeekly()) {
            Slot slot = slots.getFirst();
            requireOpen(centreId, slot.start().toLocalDate());
            requireFree(room, slot, null);
            sessions.save(new ActivitySession(activity, room, null, slot.start(), slot.end()));
            return new PlanResult(1, null, List.of());
        }
        var newSeries = series.save(new SessionSeries(activity, room, plan.getDate(), plan.getLastDay(),
                plan.getWeekdays(), plan.getStartTime(), plan.getEndTime(), plan.isEndsNextDay()));
        Slot first = slots.getFirst();
        Slot last = slots.getLast();
        Map<LocalDate, String> closed = closingDays
                .findByCentreIdAndDayBetweenOrderByDay(centreId, first.start().toLocalDate(), last.start().toLocalDate())
                .stream().collect(Collectors.toMap(ClosingDay::getDay, ClosingDay::getReason));
        List<ActivitySession> booked = sessions.bookedInRoom(room.getId(), first.start().minus(Slot.LONGEST),
                first.start(), last.end());
        var created = new ArrayList<ActivitySession>();
        var skipped = new ArrayList<Skipped>();
        for (SeriesPlacement placement : SeriesPlacement.place(slots, closed, booked)) {
            Slot slot = placement.slot();
            if (placement.closedReason() != null) {
                skipped.add(new Skipped(slot.start(), slot.end(), Skipped.Reason.CLOSED, placement.closedReason()));
            } else if (placement.conflict() != null) {
                var other = placement.conflict();
                skipped.add(new Skipped(slot.start(), slot.end(), Skipped.Reason.BOOKED,
                        other.getActivity().getTitle() + " " + Times.span(other.getStartsAt(), other.getEndsAt())));
            } else {
                created.add(new ActivitySession(activity, room, newSeries, slot.start(), slot.end()));
            }
        }
        sessions.saveAll(created);
        return new PlanResult(created.size(), newSeries.getId(), skipped);
    }

    /** Moves one session (also one of a series) to another time or room of the same centre. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ActivitySession move(long sessionId, long version, LocalDate day, LocalTime start, LocalTime end,
                                boolean endsNextDay, long roomId) {
        var session = editable(sessionId, version);
        Slot slot = Slot.of(day, start, end, endsNextDay);
        Room room = rooms.lockById(roomId).orElseThrow(() -> BusinessRuleException.onField("room",
                "session.error.roomOfOtherCentre"));
        requireSameCentre(room, session.getActivity());
        requireOpen(session.getActivity().getCentre().getId(), day);
        requireFree(room, slot, sessionId);
        session.moveTo(room, slot.start(), slot.end());
        return sessions.saveAndFlush(session);
    }

    @Transactional
    public ActivitySession cancel(long sessionId, long version, String reason) {
        var session = editable(sessionId, version);
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "session.error.reasonRequired");
        }
        if (reason.strip().length() > ActivitySession.REASON_LENGTH) {
            throw BusinessRuleException.onField("reason", "session.error.reasonTooLong", ActivitySession.REASON_LENGTH);
        }
        session.cancel(reason.strip());
        return sessions.saveAndFlush(session);
    }

    /**
     * Ends a series: its sessions from {@code fromDay} on are removed (those with attendance stay) and the
     * series stops the day before.
     *
     * @return how many sessions were removed
     */
    @Transactional
    public int endSeries(long seriesId, LocalDate fromDay) {
        var stored = series.findWithActivityById(seriesId)
                .orElseThrow(() -> new RecordNotFoundException("Series", seriesId));
        access.requireManageable(stored.getActivity().getCentre().getId());
        var rest = sessions.ofSeriesFrom(seriesId, fromDay.atStartOfDay()).stream()
                .filter(s -> s.getVisitors() == null).toList();
        sessions.deleteAll(rest);
        stored.endAfter(fromDay.minusDays(1));
        return rest.size();
    }

    /** Gives the rest of a series, from {@code fromDay}, another time or room: the old rest ends, a new one starts. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlanResult changeRest(long seriesId, LocalDate fromDay, LocalTime start, LocalTime end, boolean endsNextDay,
                                 Room room) {
        var stored = series.findWithActivityById(seriesId)
                .orElseThrow(() -> new RecordNotFoundException("Series", seriesId));
        LocalDate lastDay = stored.getLastDay();
        endSeries(seriesId, fromDay);
        var plan = SessionPlan.weekly(stored.getActivity().getId(), room, fromDay, lastDay, stored.getWeekdays(),
                start, end);
        plan.setEndsNextDay(endsNextDay);
        return plan(plan);
    }

    @Transactional
    public ActivitySession recordAttendance(long sessionId, long version, Integer visitors, Integer newVisitors) {
        var session = editable(sessionId, version);
        if (visitors == null) {
            throw BusinessRuleException.onField("visitors", "attendance.error.required");
        }
        if (visitors < 0) {
            throw BusinessRuleException.onField("visitors", "attendance.error.negative");
        }
        if (newVisitors != null && newVisitors < 0) {
            throw BusinessRuleException.onField("newVisitors", "attendance.error.negative");
        }
        if (newVisitors != null && newVisitors > visitors) {
            throw BusinessRuleException.onField("newVisitors", "attendance.error.newAboveTotal");
        }
        int capacity = session.getRoom().getCapacity();
        if (visitors > capacity * ABSURD_FACTOR) {
            throw BusinessRuleException.onField("visitors", "attendance.error.absurd", visitors, capacity);
        }
        if (session.getStartsAt().isAfter(now())) {
            throw BusinessRuleException.onField("visitors", "attendance.error.future");
        }
        session.recordAttendance(visitors, newVisitors);
        return sessions.saveAndFlush(session);
    }

    public List<AttendanceTotal> attendanceTotals(long centreId) {
        access.requireReadable(centreId);
        return sessions.attendanceTotals(centreId).stream()
                .map(row -> new AttendanceTotal((String) row[0], ((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                        ((Number) row[5]).longValue()))
                .toList();
    }

    private List<Warning> participationClashes(long activityId, List<Slot> slots, Long ignoredSessionId) {
        Slot first = slots.getFirst();
        Slot last = slots.getLast();
        List<CalendarEntry> evenings = sessions.participationEvenings(activityId, first.start().minus(Slot.LONGEST),
                first.start(), last.end());
        var warnings = new ArrayList<Warning>();
        for (Slot slot : slots) {
            for (CalendarEntry other : evenings) {
                if (!other.sessionId().equals(ignoredSessionId) && slot.overlaps(other.startsAt(), other.endsAt())
                        && warnings.size() < MAX_WARNINGS) {
                    warnings.add(Warning.of("session.warning.participationClash", other.centreName(), other.title(),
                            Times.span(other.startsAt(), other.endsAt())));
                }
            }
        }
        return warnings;
    }

    private List<Slot> slots(SessionPlan plan) {
        if (!plan.isWeekly()) {
            return List.of(Slot.of(plan.getDate(), plan.getStartTime(), plan.getEndTime(), plan.isEndsNextDay()));
        }
        if (plan.getStartTime() == null || plan.getEndTime() == null) {
            throw BusinessRuleException.onField("startTime", "session.error.incomplete");
        }
        // checks the times once, so that a bad time is reported as such rather than per occurrence
        Slot.of(plan.getDate(), plan.getStartTime(), plan.getEndTime(), plan.isEndsNextDay());
        return new Recurrence(plan.getDate(), plan.getLastDay(), plan.getWeekdays(), plan.getStartTime(),
                plan.getEndTime(), plan.isEndsNextDay()).occurrences();
    }

    private Room roomOf(SessionPlan plan, Activity activity, boolean lock) {
        if (plan.getRoom() == null || plan.getRoom().getId() == null) {
            throw BusinessRuleException.onField("room", "session.error.roomRequired");
        }
        Long roomId = plan.getRoom().getId();
        Room room = (lock ? rooms.lockById(roomId) : rooms.findById(roomId))
                .orElseThrow(() -> BusinessRuleException.onField("room", "session.error.roomOfOtherCentre"));
        requireSameCentre(room, activity);
        return room;
    }

    private static void requireSameCentre(Room room, Activity activity) {
        if (!room.getCentre().getId().equals(activity.getCentre().getId())) {
            throw BusinessRuleException.onField("room", "session.error.roomOfOtherCentre");
        }
    }

    private void requireOpen(long centreId, LocalDate day) {
        if (closingDays.existsByCentreIdAndDay(centreId, day)) {
            throw BusinessRuleException.onField("date", "session.error.closed", Times.day(day));
        }
    }

    private void requireFree(Room room, Slot slot, Long ignoredSessionId) {
        findConflict(room.getId(), slot, ignoredSessionId).ifPresent(other -> {
            throw BusinessRuleException.onField("startTime", "session.error.roomTaken", room.getName(),
                    other.getActivity().getTitle(), Times.span(other.getStartsAt(), other.getEndsAt()));
        });
    }

    private Activity readable(long activityId) {
        var activity = activities.findWithCentreById(activityId)
                .orElseThrow(() -> new RecordNotFoundException("Activity", activityId));
        if (!access.canRead(activity.getCentre().getId())) {
            throw new RecordNotFoundException("Activity", activityId);
        }
        return activity;
    }

    private Activity manageable(Long activityId) {
        if (activityId == null) {
            throw new RecordNotFoundException("Activity", "(none)");
        }
        var activity = activities.findWithCentreById(activityId)
                .orElseThrow(() -> new RecordNotFoundException("Activity", activityId));
        access.requireManageable(activity.getCentre().getId());
        return activity;
    }

    private ActivitySession editable(long sessionId, long version) {
        var session = sessions.findWithActivityById(sessionId)
                .orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
        access.requireManageable(session.getActivity().getCentre().getId());
        if (session.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ActivitySession.class, sessionId);
        }
        return session;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Slot.ZONE));
    }
}
