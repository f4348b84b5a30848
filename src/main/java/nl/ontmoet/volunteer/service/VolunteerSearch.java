package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.search.SearchHit;
import nl.ontmoet.base.search.SearchSource;
import nl.ontmoet.base.search.SearchText;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Volunteers in the search field, by name: personal data, so only at centres the user runs (admins: all), as
 * {@link VolunteerService#canSeePersonalData} allows. Erased people are not found.
 */
@Service
@Order(30)
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VolunteerSearch implements SearchSource {

    private final EngagementRepository engagements;
    private final CentreAccess access;
    private final CurrentUser currentUser;

    @Override
    public List<SearchHit> search(SearchText text, int limit) {
        boolean all = currentUser.hasRole(Role.ADMIN);
        var centres = access.manageable();
        if (!all && centres.ids().equals(List.of(-1L))) {
            return List.of();
        }
        return engagements.find(text.pattern(), all, centres.ids(), PageRequest.of(0, limit)).stream()
                .map(row -> new SearchHit("search.kind.volunteer", row.title(), row.centreName(),
                        "volunteer.status." + row.code(), "centres/" + row.centreSlug() + "/volunteers/" + row.id()))
                .toList();
    }
}
