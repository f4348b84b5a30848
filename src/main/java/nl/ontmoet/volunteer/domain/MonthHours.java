package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;

/** A volunteer's hours at a centre in one month: all of them and the approved ones. */
public record MonthHours(int year, int month, BigDecimal total, BigDecimal approved) {
}
