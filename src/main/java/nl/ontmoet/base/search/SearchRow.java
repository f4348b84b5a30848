package nl.ontmoet.base.search;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a search query selects of a found record (JPQL {@code select new}): its id and title, the centre it belongs
 * to, and at most one code (status, type), one date and one amount, each possibly null.
 */
public record SearchRow(Long id, String title, String centreSlug, String centreName, String code, LocalDate date,
                        BigDecimal amount) {
}
