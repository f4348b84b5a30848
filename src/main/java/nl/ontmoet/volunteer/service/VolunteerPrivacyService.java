package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.Engagement;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import nl.ontmoet.volunteer.domain.Volunteer;
import nl.ontmoet.volunteer.domain.VolunteerRepository;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The rights of the person under the AVG: a copy of everything stored about them (audited as a read) and erasure
 * on request. Erasure anonymises in place at once; what the fiscal retention period needs of the payments (amounts,
 * dates, who was paid) is kept apart by {@link PaymentRetentionService} until that period ends.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VolunteerPrivacyService {

    private final VolunteerRepository volunteers;
    private final EngagementRepository engagements;
    private final VolunteerService volunteerService;
    private final CentreAccess centreAccess;
    private final CurrentUser currentUser;
    private final AuditService auditService;
    private final HoursEntryRepository hours;
    private final AllowancePaymentRepository payments;
    private final PaymentRetentionService retention;
    private final Clock clock;

    /**
     * Everything stored about the volunteer, as JSON. Coordinators get the engagements at their own centres (the
     * person's data is shared); an admin gets every engagement.
     */
    @Transactional
    public DownloadFile export(long centreId, long volunteerId) {
        var volunteer = engagedAt(centreId, volunteerId).getVolunteer();
        var all = engagements.ofVolunteer(volunteerId);
        var visible = all.stream().filter(e -> volunteerService.canSeePersonalData(e.getCentre().getId())).toList();
        byte[] json = VolunteerExport.json(volunteer, visible, all.size() - visible.size(), currentUser.username(),
                Instant.now(clock),
                e -> hours.rows(volunteerId, e.getCentre().getId(), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)),
                e -> payments.rows(volunteerId, e.getCentre().getId()),
                e -> payments.reimbursements(volunteerId, e.getCentre().getId()));
        auditService.recordRead("Volunteer", volunteerId);
        return new DownloadFile("vrijwilliger-" + volunteerId + ".json", DownloadFile.JSON, json);
    }

    /** May the current user erase this volunteer: admins always, coordinators when it is active only with them. */
    public boolean mayErase(long centreId, long volunteerId) {
        var volunteer = engagedAt(centreId, volunteerId).getVolunteer();
        return !volunteer.isErased() && activeElsewhere(volunteerId).isEmpty();
    }

    @Transactional
    public void erase(long centreId, long volunteerId, long volunteerVersion, String typedName) {
        var volunteer = engagedAt(centreId, volunteerId).getVolunteer();
        if (volunteer.isErased()) {
            throw BusinessRuleException.onField("confirmation", "volunteer.erase.error.alreadyErased");
        }
        if (!activeElsewhere(volunteerId).isEmpty()) {
            throw BusinessRuleException.onField("confirmation", "volunteer.erase.error.activeElsewhere");
        }
        if (volunteer.getVersion() != volunteerVersion) {
            throw new ObjectOptimisticLockingFailureException(Volunteer.class, volunteerId);
        }
        if (!comparable(volunteer.getName()).equals(comparable(typedName))) {
            throw BusinessRuleException.onField("confirmation", "volunteer.erase.error.nameMismatch");
        }
        retention.keep(volunteer);
        volunteer.erase(Instant.now(clock));
        engagements.ofVolunteer(volunteerId).forEach(Engagement::erase);
        volunteers.saveAndFlush(volunteer);
    }

    /** The running engagements at centres the current user does not coordinate; none count for an admin. */
    private List<Engagement> activeElsewhere(long volunteerId) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return List.of();
        }
        return engagements.ofVolunteer(volunteerId).stream()
                .filter(e -> e.getStatus() != VolunteerStatus.GESTOPT)
                .filter(e -> !centreAccess.canManage(e.getCentre().getId()))
                .toList();
    }

    private Engagement engagedAt(long centreId, long volunteerId) {
        volunteerService.requirePersonalData(centreId);
        return engagements.findAtCentre(centreId, volunteerId)
                .orElseThrow(() -> new RecordNotFoundException("Volunteer", volunteerId));
    }

    private static String comparable(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
