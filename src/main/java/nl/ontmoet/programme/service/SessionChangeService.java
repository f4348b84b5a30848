package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.SessionSeriesRepository;
import nl.ontmoet.programme.domain.Slot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/** Changes planned sessions: move or cancel one, end the rest of a series or give it another time or room. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SessionChangeService {

    private final ActivitySessionRepository sessions;
    private final SessionSeriesRepository series;
    private final SessionRules rules;
    private final SessionPlanningService planning;
    private final Clock clock;

    /** Moves one session (also one of a series) to another time or room of the same centre. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ActivitySession move(long sessionId, long version, LocalDate day, LocalTime start, LocalTime end,
                                boolean endsNextDay, long roomId) {
        var session = rules.editableSession(sessionId, version);
        Slot slot = Slot.of(day, start, end, endsNextDay);
        Room room = rules.roomFor(session.getActivity(), roomId, true);
        rules.requireOpen(session.getActivity().getCentre().getId(), day);
        rules.requireFree(room, slot, sessionId);
        session.moveTo(room, slot.start(), slot.end(), clock.instant());
        return sessions.saveAndFlush(session);
    }

    @Transactional
    public ActivitySession cancel(long sessionId, long version, String reason) {
        var session = rules.editableSession(sessionId, version);
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "session.error.reasonRequired");
        }
        if (reason.strip().length() > ActivitySession.REASON_LENGTH) {
            throw BusinessRuleException.onField("reason", "session.error.reasonTooLong", ActivitySession.REASON_LENGTH);
        }
        session.cancel(reason.strip(), clock.instant());
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
        rules.requireManageable(stored.getActivity().getCentre().getId());
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
        return planning.plan(plan);
    }
}
