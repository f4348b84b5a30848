package nl.ontmoet.volunteer.service;

import java.math.BigDecimal;

/**
 * A volunteer at or near the year limit: received at all centres, from other organisations, share of the limit;
 * {@code overLimit} when an admin paid them over a limit that year, so that the whole year's amount is taxable.
 */
public record NearLimitLine(long volunteerId, String name, BigDecimal paidInYear, BigDecimal otherInYear,
                            BigDecimal percent, boolean atLimit, boolean overLimit) {
}
