package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tax-free volunteer allowance limits (belastingvrije vrijwilligersvergoeding) of one calendar year and the
 * pure calculation whether a proposed payment stays within them. No database, no clock: the caller passes what
 * the volunteer already received this month and this year summed over every centre that pays them, plus what
 * they receive from other organisations over a period.
 * <p>
 * A payment counts in the calendar month and year in which it is made (kasstelsel). The hourly maximum follows
 * the volunteer's age on the day each paid hour was worked. Amounts are compared exactly, never rounded first.
 *
 * @param maxPerHourAdult maximum per hour for hours worked at 21 or older
 * @param maxPerHourYoung maximum per hour for hours worked before the 21st birthday
 * @param maxPerMonth     maximum per calendar month (months are never averaged)
 * @param maxPerYear      maximum per calendar year
 */
public record AllowanceLimits(BigDecimal maxPerHourAdult, BigDecimal maxPerHourYoung, BigDecimal maxPerMonth,
                              BigDecimal maxPerYear) {

    /** The age from which the higher hourly maximum applies. */
    public static final int ADULT_AGE = 21;

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    public AllowanceLimits {
        Objects.requireNonNull(maxPerHourAdult);
        Objects.requireNonNull(maxPerHourYoung);
        Objects.requireNonNull(maxPerMonth);
        Objects.requireNonNull(maxPerYear);
    }

    /** Which limit a payment would break. */
    public enum Kind { HOUR, MONTH, YEAR }

    /**
     * A broken limit.
     *
     * @param kind      which limit
     * @param limit     the limit itself: per month or year, or for {@link Kind#HOUR} the most the paid hours allow
     * @param excess    by how much the payment goes over it
     * @param remaining what may still be paid within it, never negative
     */
    public record Breach(Kind kind, BigDecimal limit, BigDecimal excess, BigDecimal remaining) {
    }

    /** Hours worked on one day. */
    public record WorkedHours(LocalDate workDate, BigDecimal hours) {
    }

    /**
     * What another organisation pays per month, in the months from {@code from} to {@code until} (both included;
     * null means open-ended).
     */
    public record OtherAllowance(BigDecimal perMonth, YearMonth from, YearMonth until) {

        public static final OtherAllowance NONE = new OtherAllowance(ZERO, null, null);

        public boolean covers(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (until == null || !month.isAfter(until));
        }

        /** The other organisation's allowance in one month: nothing outside the period. */
        public BigDecimal inMonth(YearMonth month) {
            return covers(month) ? money(perMonth) : ZERO;
        }

        /** The other organisation's allowance in a calendar year: its monthly amount times the months covered. */
        public BigDecimal inYear(int year) {
            int months = 0;
            for (int m = 1; m <= 12; m++) {
                if (covers(YearMonth.of(year, m))) {
                    months++;
                }
            }
            return money(perMonth).multiply(BigDecimal.valueOf(months));
        }
    }

    /**
     * A proposed payment.
     *
     * @param dateOfBirth the volunteer's date of birth; needed only when the payment is for hours
     * @param paymentDate the payment date; its month and year are the ones checked
     * @param amount      the amount of this payment, exactly as it would be paid
     * @param hours       the hours it pays for; empty for an amount that is not in proportion to hours
     * @param paidInMonth what was already paid in that calendar month, all centres together
     * @param paidInYear  what was already paid in that calendar year, all centres together
     * @param other       what other organisations pay, with its period
     */
    public record Payment(LocalDate dateOfBirth, LocalDate paymentDate, BigDecimal amount, List<WorkedHours> hours,
                          BigDecimal paidInMonth, BigDecimal paidInYear, OtherAllowance other) {

        public Payment {
            hours = hours == null ? List.of() : List.copyOf(hours);
            other = other == null ? OtherAllowance.NONE : other;
        }
    }

    public BigDecimal maxPerHour(LocalDate dateOfBirth, LocalDate workedOn) {
        return isAdult(dateOfBirth, workedOn) ? maxPerHourAdult : maxPerHourYoung;
    }

    public static boolean isAdult(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears() >= ADULT_AGE;
    }

    /**
     * The most that may be paid for these hours: each day's hours times the maximum for the age on that day, down
     * to whole cents (a cent more would be above the hourly maximum).
     */
    public BigDecimal maxForHours(LocalDate dateOfBirth, List<WorkedHours> hours) {
        var max = BigDecimal.ZERO;
        for (var worked : hours) {
            max = max.add(worked.hours().multiply(maxPerHour(dateOfBirth, worked.workDate())));
        }
        return max.setScale(2, RoundingMode.DOWN);
    }

    /** The first limit the payment breaks, checked per hour, then per month, then per year; empty if within all. */
    public Optional<Breach> check(Payment p) {
        var amount = p.amount();
        if (!p.hours().isEmpty()) {
            var max = maxForHours(p.dateOfBirth(), p.hours());
            if (amount.compareTo(max) > 0) {
                return Optional.of(new Breach(Kind.HOUR, max, amount.subtract(max), max));
            }
        }
        var month = money(p.paidInMonth()).add(p.other().inMonth(YearMonth.from(p.paymentDate())));
        if (month.add(amount).compareTo(maxPerMonth) > 0) {
            return Optional.of(new Breach(Kind.MONTH, maxPerMonth, month.add(amount).subtract(maxPerMonth),
                    maxPerMonth.subtract(month).max(ZERO)));
        }
        var year = money(p.paidInYear()).add(p.other().inYear(p.paymentDate().getYear()));
        if (year.add(amount).compareTo(maxPerYear) > 0) {
            return Optional.of(new Breach(Kind.YEAR, maxPerYear, year.add(amount).subtract(maxPerYear),
                    maxPerYear.subtract(year).max(ZERO)));
        }
        return Optional.empty();
    }

    /** Share of the year limit used (0-100+, one decimal), counting other organisations. */
    public BigDecimal yearUsagePercent(BigDecimal paidInYear, BigDecimal otherInYear) {
        var used = money(paidInYear).add(money(otherInYear));
        return used.multiply(BigDecimal.valueOf(100)).divide(maxPerYear, 1, RoundingMode.HALF_UP);
    }

    /** Near the year limit: at or above 80 % of it. */
    public boolean nearYearLimit(BigDecimal paidInYear, BigDecimal otherInYear) {
        var used = money(paidInYear).add(money(otherInYear));
        return used.multiply(BigDecimal.valueOf(5)).compareTo(maxPerYear.multiply(BigDecimal.valueOf(4))) >= 0;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? ZERO : value;
    }
}
