package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.SessionSeriesRepository;
import nl.ontmoet.programme.domain.Slot;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Activities of a centre: its coordinators plan them; coaches and managers read along. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActivityService {

    private final ActivityRepository activities;
    private final ActivitySessionRepository sessions;
    private final SessionSeriesRepository series;
    private final CentreAccess access;
    private final Clock clock;

    public Page<Activity> page(long centreId, boolean withArchived, String text, Pageable pageable) {
        access.requireReadable(centreId);
        String filter = text == null || text.isBlank() ? null : text.strip();
        return activities.search(centreId, withArchived, filter, pageable);
    }

    public List<Activity> current(long centreId) {
        access.requireReadable(centreId);
        return activities.findByCentreIdAndArchivedFalseOrderByTitle(centreId);
    }

    public Activity get(long activityId) {
        var activity = activities.findWithCentreById(activityId)
                .orElseThrow(() -> new RecordNotFoundException("Activity", activityId));
        if (!access.canRead(activity.getCentre().getId())) {
            throw new RecordNotFoundException("Activity", activityId);
        }
        return activity;
    }

    /** An activity as seen from one centre: one of another centre is not found, as if it did not exist. */
    public Activity get(long centreId, long activityId) {
        var activity = get(activityId);
        if (!activity.getCentre().getId().equals(centreId)) {
            throw new RecordNotFoundException("Activity", activityId);
        }
        return activity;
    }

    public boolean canManage(long centreId) {
        return access.canManage(centreId);
    }

    public Activity newActivity(long centreId) {
        var centre = access.requireReadable(centreId);
        access.requireManageable(centreId);
        return new Activity(centre);
    }

    @Transactional
    public Activity save(Activity activity) {
        long centreId = activity.getCentre().getId();
        access.requireManageable(centreId);
        if (!activity.isNew()) {
            var stored = activities.findById(activity.getId())
                    .orElseThrow(() -> new RecordNotFoundException("Activity", activity.getId()));
            if (!stored.getCentre().getId().equals(centreId)) {
                throw new RecordNotFoundException("Activity", activity.getId());
            }
        }
        return activities.save(activity);
    }

    /**
     * Removes an activity that never took place; one with sessions in the past is archived instead, so its
     * attendance figures stay.
     *
     * @return true when archived, false when deleted
     */
    @Transactional
    public boolean remove(long activityId) {
        var activity = activities.findById(activityId)
                .orElseThrow(() -> new RecordNotFoundException("Activity", activityId));
        access.requireManageable(activity.getCentre().getId());
        LocalDateTime now = LocalDateTime.now(clock.withZone(Slot.ZONE));
        if (sessions.existsByActivityIdAndStartsAtBefore(activityId, now)) {
            activity.archive();
            return true;
        }
        sessions.deleteAll(sessions.findByActivityId(activityId, Pageable.unpaged()).getContent());
        series.deleteAll(series.findByActivityId(activityId));
        activities.delete(activity);
        activities.flush();
        return false;
    }
}
