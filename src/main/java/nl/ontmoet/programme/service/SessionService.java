package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sessions (bijeenkomsten) for whoever may see their centre. Planning is in {@link SessionPlanningService},
 * moving, cancelling and series edits in {@link SessionChangeService}, attendance in {@link AttendanceService}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SessionService {

    private final ActivityRepository activities;
    private final ActivitySessionRepository sessions;
    private final CentreAccess access;

    public Page<ActivitySession> page(long activityId, Pageable pageable) {
        var activity = activities.findWithCentreById(activityId)
                .orElseThrow(() -> new RecordNotFoundException("Activity", activityId));
        if (!access.canRead(activity.getCentre().getId())) {
            throw new RecordNotFoundException("Activity", activityId);
        }
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
}
