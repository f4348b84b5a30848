package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.CentreVolunteerCount;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** How many volunteers are active where: counts only, never who. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VolunteerCountService {

    private final EngagementRepository engagements;
    private final CentreAccess centreAccess;

    /** Every centre with its number of active volunteers, in one grouped query. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
    public List<CentreVolunteerCount> activePerCentre() {
        return engagements.countActivePerCentre();
    }

    public long activeAt(long centreId) {
        centreAccess.requireReadable(centreId);
        return engagements.countActiveAtCentre(centreId);
    }
}
