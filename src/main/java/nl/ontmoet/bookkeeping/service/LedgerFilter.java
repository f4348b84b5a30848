package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.time.LocalDate;

/** What the ledger grid, its totals and its export are filtered on; every part is optional. */
public record LedgerFilter(LocalDate from, LocalDate to, Long categoryId, Direction direction, String text) {

    public static LedgerFilter year(int year) {
        return new LedgerFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null);
    }

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null);
    }

    /** The free text as a LIKE pattern (escape character '!'), with LIKE's wildcards in the user's text taken literally. */
    String textPattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
