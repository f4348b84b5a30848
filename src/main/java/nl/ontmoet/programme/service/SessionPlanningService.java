package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.CalendarEntry;
import nl.ontmoet.programme.domain.ClosingDay;
import nl.ontmoet.programme.domain.ClosingDayRepository;
import nl.ontmoet.programme.domain.Recurrence;
import nl.ontmoet.programme.domain.SeriesPlacement;
import nl.ontmoet.programme.domain.SessionSeries;
import nl.ontmoet.programme.domain.SessionSeriesRepository;
import nl.ontmoet.programme.domain.Slot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plans sessions: one session, or a weekly series whose closed or taken occurrences are skipped and reported. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SessionPlanningService {

    private static final int MAX_WARNINGS = 5;

    private final ActivitySessionRepository sessions;
    private final SessionSeriesRepository series;
    private final ClosingDayRepository closingDays;
    private final SessionRules rules;

    /** What the user should confirm before {@link #plan}: room too small, series in the past, participation clash. */
    public List<Warning> warnings(SessionPlan plan) {
        Activity activity = rules.manageableActivity(plan.getActivityId());
        List<Slot> slots = slots(plan);
        Room room = roomOf(plan, activity, false);
        var warnings = new ArrayList<Warning>();
        Integer expected = activity.getExpectedParticipants();
        if (expected != null && expected > room.getCapacity()) {
            warnings.add(Warning.of("session.warning.overCapacity", expected, room.getName(), room.getCapacity()));
        }
        if (plan.isWeekly() && !slots.isEmpty() && slots.getFirst().start().isBefore(rules.now())) {
            warnings.add(Warning.of("session.warning.seriesInPast"));
        }
        if (activity.getType() == ActivityType.PARTICIPATION_EVENING && !slots.isEmpty()) {
            warnings.addAll(participationClashes(activity.getId(), slots));
        }
        return warnings;
    }

    /** The booking that would collide with {@code slot} in the room, if any; the check every booking makes. */
    public Optional<ActivitySession> findConflict(long roomId, Slot slot, Long ignoredSessionId) {
        var conflict = rules.findConflict(roomId, slot, ignoredSessionId);
        // the booking found belongs to the room's centre: only for those who may read that centre
        conflict.ifPresent(found -> rules.requireReadable(found.getActivity().getCentre().getId()));
        return conflict;
    }

    /**
     * Creates one session (refused when the room is taken or the centre is closed) or a weekly series (those
     * occurrences are skipped and reported).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlanResult plan(SessionPlan plan) {
        Activity activity = rules.manageableActivity(plan.getActivityId());
        if (activity.isArchived()) {
            throw new BusinessRuleException("session.error.archived");
        }
        List<Slot> slots = slots(plan);
        Room room = roomOf(plan, activity, true);
        if (!plan.isWeekly()) {
            Slot slot = slots.getFirst();
            rules.requireOpen(activity.getCentre().getId(), slot.start().toLocalDate());
            rules.requireFree(room, slot, null);
            sessions.save(new ActivitySession(activity, room, null, slot.start(), slot.end()));
            return new PlanResult(1, null, List.of());
        }
        var newSeries = series.save(new SessionSeries(activity, room, plan.getDate(), plan.getLastDay(),
                plan.getWeekdays(), plan.getStartTime(), plan.getEndTime(), plan.isEndsNextDay()));
        return placeSeries(newSeries, slots);
    }

    private PlanResult placeSeries(SessionSeries newSeries, List<Slot> slots) {
        Activity activity = newSeries.getActivity();
        Room room = newSeries.getRoom();
        Slot first = slots.getFirst();
        Slot last = slots.getLast();
        Map<LocalDate, String> closed = closingDays.findByCentreIdAndDayBetweenOrderByDay(activity.getCentre().getId(),
                        first.start().toLocalDate(), last.start().toLocalDate())
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

    private List<Warning> participationClashes(long activityId, List<Slot> slots) {
        Slot first = slots.getFirst();
        Slot last = slots.getLast();
        List<CalendarEntry> evenings = sessions.participationEvenings(activityId, first.start().minus(Slot.LONGEST),
                first.start(), last.end());
        var warnings = new ArrayList<Warning>();
        for (Slot slot : slots) {
            for (CalendarEntry other : evenings) {
                if (slot.overlaps(other.startsAt(), other.endsAt()) && warnings.size() < MAX_WARNINGS) {
                    warnings.add(Warning.of("session.warning.participationClash", other.centreName(), other.title(),
                            Times.span(other.startsAt(), other.endsAt())));
                }
            }
        }
        return warnings;
    }

    private static List<Slot> slots(SessionPlan plan) {
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
        return rules.roomFor(activity, plan.getRoom().getId(), lock);
    }
}
