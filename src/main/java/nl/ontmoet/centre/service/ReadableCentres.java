package nl.ontmoet.centre.service;

import java.util.List;

/**
 * The centres a user may read, for a query's {@code where (:all = true or centre.id in :ids)}: every centre, or the
 * listed ones. The list is never empty (a query's IN needs one value), so a user without centres gets the id -1.
 */
public record ReadableCentres(boolean all, List<Long> ids) {

    static ReadableCentres every() {
        return new ReadableCentres(true, List.of(-1L));
    }

    static ReadableCentres only(List<Long> ids) {
        return new ReadableCentres(false, ids.isEmpty() ? List.of(-1L) : List.copyOf(ids));
    }
}
