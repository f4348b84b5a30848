package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.search.SearchHit;
import nl.ontmoet.base.search.SearchSource;
import nl.ontmoet.base.search.SearchText;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Subsidy applications in the search field, by title or scheme, newest first, as {@link ApplicationGuard} reads. */
@Service
@Order(50)
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ApplicationSearch implements SearchSource {

    private final SubsidyApplicationRepository applications;
    private final CentreAccess access;

    @Override
    public List<SearchHit> search(SearchText text, int limit) {
        var readable = access.readable();
        return applications.find(text.pattern(), readable.all(), readable.ids(), PageRequest.of(0, limit)).stream()
                .map(row -> new SearchHit("search.kind.application", row.title(),
                        row.centreName() + " · " + Formats.DUTCH.money(row.amount()), "subsidy.status." + row.code(),
                        "centres/" + row.centreSlug() + "/subsidies/" + row.id()))
                .toList();
    }
}
