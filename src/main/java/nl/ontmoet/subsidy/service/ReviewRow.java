package nl.ontmoet.subsidy.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A submitted application waiting for a decision. */
public record ReviewRow(long id, String centreSlug, String centreName, String title, String schemeName,
                        BigDecimal requested, LocalDate submittedOn, long waitingDays) {
}
