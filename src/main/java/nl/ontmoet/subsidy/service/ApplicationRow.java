package nl.ontmoet.subsidy.service;

import nl.ontmoet.subsidy.domain.SubsidyStatus;

import java.math.BigDecimal;
import java.time.Instant;

/** One application in the list of a centre. */
public record ApplicationRow(long id, String title, String schemeName, BigDecimal requested, SubsidyStatus status,
                             Instant submittedAt, BigDecimal granted) {
}
