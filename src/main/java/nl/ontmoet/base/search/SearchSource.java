package nl.ontmoet.base.search;

import java.util.List;

/**
 * A feature's part of the search field, declared as a bean by the feature's service layer. It searches in the
 * database and returns only records the current user may open, at most {@code limit}. Its {@code @Order} places its
 * kind in the result list.
 */
public interface SearchSource {

    /** @param text the user's words as a LIKE pattern, see {@link SearchText#pattern} */
    List<SearchHit> search(SearchText text, int limit);
}
