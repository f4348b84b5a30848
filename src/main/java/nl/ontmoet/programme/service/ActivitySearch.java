package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.search.SearchHit;
import nl.ontmoet.base.search.SearchSource;
import nl.ontmoet.base.search.SearchText;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.programme.domain.ActivityRepository;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Activities in the search field, by title, in the centres the user may read. */
@Service
@Order(20)
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActivitySearch implements SearchSource {

    private final ActivityRepository activities;
    private final CentreAccess access;

    @Override
    public List<SearchHit> search(SearchText text, int limit) {
        var readable = access.readable();
        return activities.find(text.pattern(), readable.all(), readable.ids(), PageRequest.of(0, limit)).stream()
                .map(row -> new SearchHit("search.kind.activity", row.title(), row.centreName(),
                        "activity.type." + row.code(), "centres/" + row.centreSlug() + "/programme/" + row.id()))
                .toList();
    }
}
