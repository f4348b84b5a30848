package nl.ontmoet.subsidy.domain;

import java.math.BigDecimal;

/** A centre's applications under one scheme with one status: how many, what they asked and got. */
public record EarlierApplications(int schemeYear, String schemeName, SubsidyStatus status, long count,
                                  BigDecimal requested, BigDecimal granted) {
}
