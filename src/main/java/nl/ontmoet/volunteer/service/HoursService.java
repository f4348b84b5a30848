package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.service.ActivityService;
import nl.ontmoet.volunteer.domain.HoursEntry;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import nl.ontmoet.volunteer.domain.HoursRow;
import nl.ontmoet.volunteer.domain.MonthHours;
import nl.ontmoet.volunteer.domain.VolunteerLocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A volunteer's hours at a centre: the coordinators enter and approve them; only approved hours are paid.
 * A day holds at most 24 hours of one volunteer over all centres together.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class HoursService {

    public static final BigDecimal MAX_PER_DAY = new BigDecimal("24");

    private final HoursEntryRepository hours;
    private final VolunteerLocks locks;
    private final VolunteerScope scope;
    private final ActivityService activities;
    private final Clock clock;

    /** Enters and approves hours: the centre's coordinators. */
    public boolean canEnter(long centreId) {
        return scope.canCoordinate(centreId);
    }

    public List<HoursRow> rows(long centreId, long volunteerId, YearMonth month) {
        scope.requireReadable(centreId, volunteerId);
        return hours.rows(volunteerId, centreId, month.atDay(1), month.atEndOfMonth());
    }

    public List<MonthHours> monthTotals(long centreId, long volunteerId, int year) {
        scope.requireReadable(centreId, volunteerId);
        return hours.monthTotals(volunteerId, centreId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The activities hours can be written on. */
    public List<Activity> activities(long centreId) {
        return activities.current(centreId);
    }

    /** Records hours; the volunteer row is locked first so that two entries at once cannot pass 24 hours a day. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long enter(long centreId, long volunteerId, HoursInput input) {
        var engagement = scope.requireCoordinator(centreId, volunteerId);
        if (engagement.getVolunteer().isErased()) {
            throw new BusinessRuleException("volunteer.error.erased");
        }
        var day = input.workDate();
        if (day == null) {
            throw BusinessRuleException.onField("workDate", "volunteer.hours.error.dateRequired");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw BusinessRuleException.onField("workDate", "volunteer.hours.error.future");
        }
        var amount = input.hours();
        if (amount == null || amount.signum() <= 0) {
            throw BusinessRuleException.onField("hours", "volunteer.hours.error.positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.onField("hours", "volunteer.hours.error.decimals");
        }
        Activity activity = null;
        if (input.activityId() != null) {
            activity = activities.current(centreId).stream().filter(a -> a.getId().equals(input.activityId()))
                    .findFirst().orElseThrow(() -> BusinessRuleException.onField("activity",
                            "volunteer.hours.error.activityElsewhere"));
        }
        var task = input.task() == null || input.task().isBlank() ? null : input.task().strip();
        if (activity == null && task == null) {
            throw BusinessRuleException.onField("task", "volunteer.hours.error.whatRequired");
        }
        if (task != null && task.length() > HoursEntry.TASK_LENGTH) {
            throw BusinessRuleException.onField("task", "volunteer.hours.error.taskTooLong", HoursEntry.TASK_LENGTH);
        }
        var volunteer = locks.lockById(volunteerId)
                .orElseThrow(() -> new RecordNotFoundException("Volunteer", volunteerId));
        var already = hours.hoursOnDay(volunteerId, day);
        if (already.add(amount).compareTo(MAX_PER_DAY) > 0) {
            throw BusinessRuleException.onField("hours", "volunteer.hours.error.dayFull",
                    MAX_PER_DAY.subtract(already).max(BigDecimal.ZERO));
        }
        var entry = new HoursEntry(volunteer, engagement.getCentre(), day, activity, task, amount.setScale(2));
        return hours.saveAndFlush(entry).getId();
    }

    @Transactional
    public void approve(long centreId, long volunteerId, long entryId) {
        scope.requireCoordinator(centreId, volunteerId);
        var entry = hours.findAtCentre(entryId, volunteerId, centreId)
                .orElseThrow(() -> new RecordNotFoundException("HoursEntry", entryId));
        if (!entry.isApproved()) {
            entry.approve(scope.username(), Instant.now(clock));
            hours.saveAndFlush(entry);
        }
    }

    /** Approves every open entry of the month; returns how many. */
    @Transactional
    public int approveMonth(long centreId, long volunteerId, YearMonth month) {
        scope.requireCoordinator(centreId, volunteerId);
        var open = hours.unapproved(volunteerId, centreId, month.atDay(1), month.atEndOfMonth());
        var now = Instant.now(clock);
        open.forEach(entry -> entry.approve(scope.username(), now));
        hours.saveAllAndFlush(open);
        return open.size();
    }

    /** Removes hours not yet approved; approved hours may already have been paid. */
    @Transactional
    public void remove(long centreId, long volunteerId, long entryId) {
        scope.requireCoordinator(centreId, volunteerId);
        var entry = hours.findAtCentre(entryId, volunteerId, centreId)
                .orElseThrow(() -> new RecordNotFoundException("HoursEntry", entryId));
        if (entry.isApproved()) {
            throw BusinessRuleException.onField("hours", "volunteer.hours.error.approvedStays");
        }
        hours.delete(entry);
        hours.flush();
    }
}
