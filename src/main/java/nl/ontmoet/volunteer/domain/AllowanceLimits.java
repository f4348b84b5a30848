package nl.ontmoet.volunteer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The tax-free volunteer allowance limits (belastingvrije vrijwilligersvergoeding) of one calendar year and the
 * pure calculation whether a proposed payment stays within them. No database, no clock: the caller passes what
 * the volunteer already received this month and this year summed over every centre that pays them, plus what
 * they report receiving from other organisations.
 *
 * @param maxPerHourAdult maximum per hour for a volunteer of 21 or older on the payment date
 * @param maxPerHourYoung maximum per hour for a volunteer under 21 on the payment date
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
     * @param limit     the limit itself (per hour, month or year)
     * @param excess    by how much the payment goes over it (per hour for {@link Kind#HOUR})
     * @param remaining what may still be paid within it (the maximum rate for {@link Kind#HOUR}), never negative
     */
    public record Breach(Kind kind, BigDecimal limit, BigDecimal excess, BigDecimal remaining) {
    }

    /**
     * A proposed payment.
     *
     * @param dateOfBirth  the volunteer's date of birth; the age on the payment date picks the hourly maximum
     * @param paymentDate  the payment date; its month and year are the ones checked
     * @param amount       the amount of this payment
     * @param hours        the hours it pays for, or {@code null} for a fixed amount (no hourly check then)
     * @param paidInMonth  what was already paid in that calendar month, all centres together
     * @param paidInYear   what was already paid in that calendar year, all centres together
     * @param otherPerMonth what the volunteer reports receiving per month from other organisations (may be null)
     */
    public record Payment(LocalDate dateOfBirth, LocalDate paymentDate, BigDecimal amount, BigDecimal hours,
                          BigDecimal paidInMonth, BigDecimal paidInYear, BigDecimal otherPerMonth) {
    }

    public BigDecimal maxPerHour(LocalDate dateOfBirth, LocalDate on) {
        return isAdult(dateOfBirth, on) ? maxPerHourAdult : maxPerHourYoung;
    }

    public static boolean isAdult(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears() >= ADULT_AGE;
    }

    /** The other organisations' allowance over a whole year: twelve months of the reported monthly amount. */
    public static BigDecimal otherPerYear(BigDecimal otherPerMonth) {
        return money(otherPerMonth).multiply(BigDecimal.valueOf(12));
    }

    /** The first limit the payment breaks, checked per hour, then per month, then per year; empty if within all. */
    public Optional<Breach> check(Payment p) {
        var amount = money(p.amount());
        if (p.hours() != null && p.hours().signum() > 0) {
            var max = maxPerHour(p.dateOfBirth(), p.paymentDate());
            var rate = amount.divide(p.hours(), 2, RoundingMode.HALF_UP);
            if (rate.compareTo(max) > 0) {
                return Optional.of(new Breach(Kind.HOUR, max, rate.subtract(max), max));
            }
        }
        var month = money(p.paidInMonth()).add(money(p.otherPerMonth()));
        if (month.add(amount).compareTo(maxPerMonth) > 0) {
            return Optional.of(new Breach(Kind.MONTH, maxPerMonth, month.add(amount).subtract(maxPerMonth),
                    maxPerMonth.subtract(month).max(ZERO)));
        }
        var year = money(p.paidInYear()).add(otherPerYear(p.otherPerMonth()));
        if (year.add(amount).compareTo(maxPerYear) > 0) {
            return Optional.of(new Breach(Kind.YEAR, maxPerYear, year.add(amount).subtract(maxPerYear),
                    maxPerYear.subtract(year).max(ZERO)));
        }
        return Optional.empty();
    }

    /** Share of the year limit used (0-100+, one decimal), counting other organisations. */
    public BigDecimal yearUsagePercent(BigDecimal paidInYear, BigDecimal otherPerMonth) {
        var used = money(paidInYear).add(otherPerYear(otherPerMonth));
        return used.multiply(BigDecimal.valueOf(100)).divide(maxPerYear, 1, RoundingMode.HALF_UP);
    }

    /** Near the year limit: at or above 80 % of it. */
    public boolean nearYearLimit(BigDecimal paidInYear, BigDecimal otherPerMonth) {
        var used = money(paidInYear).add(otherPerYear(otherPerMonth));
        return used.multiply(BigDecimal.valueOf(5)).compareTo(maxPerYear.multiply(BigDecimal.valueOf(4))) >= 0;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.HALF_UP);
    }
}
