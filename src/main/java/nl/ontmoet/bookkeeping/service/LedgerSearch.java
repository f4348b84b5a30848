package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.search.SearchHit;
import nl.ontmoet.base.search.SearchSource;
import nl.ontmoet.base.search.SearchText;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.centre.service.CentreAccess;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Ledger entries in the search field, by description, counterparty or reference, newest first. */
@Service
@Order(40)
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LedgerSearch implements SearchSource {

    private final LedgerEntryRepository entries;
    private final CentreAccess access;

    @Override
    public List<SearchHit> search(SearchText text, int limit) {
        var readable = access.readable();
        var formats = Formats.DUTCH;
        return entries.find(text.pattern(), readable.all(), readable.ids(), PageRequest.of(0, limit)).stream()
                .map(row -> new SearchHit("search.kind.ledger", row.title(),
                        row.centreName() + " · " + formats.date(row.date()) + " · " + formats.money(row.amount()),
                        "bookkeeping.direction." + row.code(),
                        "centres/" + row.centreSlug() + "/ledger?boeking=" + row.id()))
                .toList();
    }
}
