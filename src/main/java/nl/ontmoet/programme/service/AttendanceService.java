package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Who came to a session, and the totals per activity and month. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AttendanceService {

    /** Visitors above this many times the room capacity are a typing error, not a busy evening. */
    static final int ABSURD_FACTOR = 2;

    private final ActivitySessionRepository sessions;
    private final SessionRules rules;
    private final CentreAccess access;

    @Transactional
    public ActivitySession recordAttendance(long sessionId, long version, Integer visitors, Integer newVisitors) {
        var session = rules.editableSession(sessionId, version);
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
        if (session.getStartsAt().isAfter(rules.now())) {
            throw BusinessRuleException.onField("visitors", "attendance.error.future");
        }
        session.recordAttendance(visitors, newVisitors);
        return sessions.saveAndFlush(session);
    }

    public List<AttendanceTotal> attendanceTotals(long centreId) {
        access.requireReadable(centreId);
        return sessions.attendanceTotals(centreId).stream()
                .map(row -> new AttendanceTotal(row.getActivity(), row.getInYear(), row.getInMonth(), row.getSessions(),
                        row.getVisitors(), row.getNewVisitors()))
                .toList();
    }
}
