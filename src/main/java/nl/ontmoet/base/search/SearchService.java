package nl.ontmoet.base.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * The search field (Ctrl+K): asks every feature's {@link SearchSource} for a few hits each. Each source decides
 * what the current user may see, in its query.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SearchService {

    public static final int HITS_PER_KIND = 5;

    private final List<SearchSource> sources;

    /** @param sources in their {@code @Order}, as Spring injects them */
    SearchService(List<SearchSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<SearchHit> search(String typed) {
        var text = SearchText.of(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        var hits = new ArrayList<SearchHit>();
        sources.forEach(source -> hits.addAll(source.search(text.get(), HITS_PER_KIND)));
        return hits;
    }
}
