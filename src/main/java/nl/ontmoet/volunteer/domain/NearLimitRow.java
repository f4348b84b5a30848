package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A volunteer's allowances of a year summed over every centre, with what other organisations pay and when, and
 * whether an admin paid them over a limit that year ({@code overridden} is 1 then).
 */
public record NearLimitRow(long volunteerId, String name, BigDecimal paidInYear, BigDecimal otherPerMonth,
                           LocalDate otherFrom, LocalDate otherUntil, Integer overridden) {

    public boolean overriddenInYear() {
        return overridden != null && overridden == 1;
    }

    public AllowanceLimits.OtherAllowance other() {
        return new AllowanceLimits.OtherAllowance(otherPerMonth, otherFrom == null ? null : YearMonth.from(otherFrom),
                otherUntil == null ? null : YearMonth.from(otherUntil));
    }
}
