package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.Engagement;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see and handle a volunteer's hours and allowances at a centre: the centre's coordinators (and for
 * allowances admins), and only for a volunteer engaged there. Anyone else, or a guessed id, gets "not found".
 */
@Component
@RequiredArgsConstructor
class VolunteerScope {

    private final EngagementRepository engagements;
    private final CentreAccess centreAccess;
    private final CurrentUser currentUser;

    boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    String username() {
        return currentUser.username();
    }

    boolean canRead(long centreId) {
        return isAdmin() || centreAccess.canManage(centreId);
    }

    boolean canCoordinate(long centreId) {
        return centreAccess.canManage(centreId);
    }

    /** Coordinators of the centre and admins; the volunteer must be engaged at the centre. */
    Engagement requireReadable(long centreId, long volunteerId) {
        if (!canRead(centreId)) {
            throw new RecordNotFoundException("Volunteer", volunteerId);
        }
        return engagements.findAtCentre(centreId, volunteerId)
                .orElseThrow(() -> new RecordNotFoundException("Volunteer", volunteerId));
    }

    /** Only the centre's coordinators: they enter and approve hours. */
    Engagement requireCoordinator(long centreId, long volunteerId) {
        if (!centreAccess.canManage(centreId)) {
            throw new RecordNotFoundException("Volunteer", volunteerId);
        }
        return requireReadable(centreId, volunteerId);
    }
}
