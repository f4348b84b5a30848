package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import nl.ontmoet.volunteer.domain.LinkRequest;
import nl.ontmoet.volunteer.domain.LinkRequestRepository;
import nl.ontmoet.volunteer.domain.LinkRequestRow;
import nl.ontmoet.volunteer.domain.LinkRequestStatus;
import nl.ontmoet.volunteer.domain.Volunteer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Linking a person who is already registered at one centre to another centre. Only someone who may already see
 * the person (a coordinator of a centre where they are engaged, or an admin) links or confirms; anyone else leaves
 * a request and sees nothing of the person until it is confirmed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VolunteerLinkService {

    private final LinkRequestRepository requests;
    private final EngagementRepository engagements;
    private final CentreAccess centreAccess;
    private final CurrentUser currentUser;
    private final Clock clock;

    /**
     * Returns when the registration may link the known person to the centre; otherwise throws: a confirmation
     * question for someone who may see the person, else a stored request.
     */
    @Transactional(noRollbackFor = LinkRequestedException.class)
    void requireLink(Volunteer known, Centre centre, VolunteerDetails details) {
        if (maySee(known)) {
            if (!details.isLinkConfirmed()) {
                throw new LinkConfirmationNeededException(known.getName(), engagements.ofVolunteer(known.getId())
                        .stream().map(e -> e.getCentre().getName()).collect(Collectors.joining(", ")));
            }
            return;
        }
        if (!requests.existsByVolunteerIdAndCentreIdAndStatus(known.getId(), centre.getId(),
                LinkRequestStatus.PENDING)) {
            var request = new LinkRequest(known, centre, currentUser.username());
            request.describeEngagement(details.getStartDate(), details.getStatus(),
                    VolunteerDetails.blankToNull(details.getTasks()), details.isVogNeeded(), details.getVogDate(),
                    VolunteerDetails.blankToNull(details.getNotes()));
            requests.saveAndFlush(request);
        }
        throw new LinkRequestedException(details.getName().trim());
    }

    /** Requests of other centres for people engaged at this centre: for its coordinators and admins. */
    public List<LinkRequestRow> pendingFor(long centreId) {
        if (!currentUser.hasRole(Role.ADMIN) && !centreAccess.canManage(centreId)) {
            throw new RecordNotFoundException("Centre", centreId);
        }
        return requests.pendingFor(centreId);
    }

    /** Engages the person at the asking centre with its own engagement fields; the person's data stays as it is. */
    @Transactional
    public void confirm(long requestId) {
        var request = requireDecidable(requestId);
        long centreId = request.getCentre().getId();
        if (engagements.findAtCentre(centreId, request.getVolunteer().getId()).isEmpty()) {
            engagements.saveAndFlush(request.toEngagement());
        }
        request.decide(LinkRequestStatus.CONFIRMED, currentUser.username(), clock.instant());
        requests.saveAndFlush(request);
    }

    @Transactional
    public void refuse(long requestId) {
        var request = requireDecidable(requestId);
        request.decide(LinkRequestStatus.REFUSED, currentUser.username(), clock.instant());
        requests.saveAndFlush(request);
    }

    private LinkRequest requireDecidable(long requestId) {
        var request = requests.findById(requestId)
                .filter(r -> maySee(r.getVolunteer()))
                .orElseThrow(() -> new RecordNotFoundException("LinkRequest", requestId));
        if (request.getStatus() != LinkRequestStatus.PENDING) {
            throw new BusinessRuleException("volunteer.link.error.decided");
        }
        return request;
    }

    private boolean maySee(Volunteer volunteer) {
        return currentUser.hasRole(Role.ADMIN) || engagements.ofVolunteer(volunteer.getId()).stream()
                .anyMatch(e -> centreAccess.canManage(e.getCentre().getId()));
    }
}
