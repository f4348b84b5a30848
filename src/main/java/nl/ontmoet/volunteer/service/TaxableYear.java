package nl.ontmoet.volunteer.service;

import java.math.BigDecimal;

/**
 * A year in which an admin paid the volunteer over a limit: the Belastingdienst then treats the whole year's
 * allowances, at every centre, as income. {@code allCentres} is that whole amount.
 */
public record TaxableYear(int year, BigDecimal allCentres) {
}
