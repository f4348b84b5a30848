package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;

/** A volunteer's allowances of a year summed over every centre, with what they report from other organisations. */
public record NearLimitRow(long volunteerId, String name, BigDecimal paidInYear, BigDecimal otherPerMonth) {
}
