package nl.ontmoet.centre.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.search.SearchHit;
import nl.ontmoet.base.search.SearchSource;
import nl.ontmoet.base.search.SearchText;
import nl.ontmoet.centre.domain.CentreRepository;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Centres in the search field: those the user may read, by name or district. */
@Service
@Order(10)
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CentreSearch implements SearchSource {

    private final CentreRepository centres;
    private final CentreAccess access;

    @Override
    public List<SearchHit> search(SearchText text, int limit) {
        var readable = access.readable();
        return centres.find(text.pattern(), readable.all(), readable.ids(), PageRequest.of(0, limit)).stream()
                .map(row -> new SearchHit("search.kind.centre", row.title(), row.centreName(), null,
                        "centres/" + row.centreSlug()))
                .toList();
    }
}
