package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.ontmoet.base.domain.AbstractEntity;

import java.math.BigDecimal;

/** The allowance limits of one calendar year, maintained by admins. */
@Entity
@Table(name = "allowance_limit")
public class AllowanceLimit extends AbstractEntity {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** What DECIMAL(12,2) holds; the service refuses more than two decimals with its own message. */
    public static final String MAX_AMOUNT = "9999999999.99";

    @NotNull
    @Min(MIN_YEAR)
    @Max(MAX_YEAR)
    @Column(name = "limit_year", nullable = false, unique = true)
    private Integer year;

    @NotNull
    @Positive
    @DecimalMax(value = MAX_AMOUNT, message = "{amount.too.high}")
    @Column(name = "max_per_hour_adult", nullable = false, precision = 12, scale = 2)
    private BigDecimal maxPerHourAdult;

    @NotNull
    @Positive
    @DecimalMax(value = MAX_AMOUNT, message = "{amount.too.high}")
    @Column(name = "max_per_hour_young", nullable = false, precision = 12, scale = 2)
    private BigDecimal maxPerHourYoung;

    @NotNull
    @Positive
    @DecimalMax(value = MAX_AMOUNT, message = "{amount.too.high}")
    @Column(name = "max_per_month", nullable = false, precision = 12, scale = 2)
    private BigDecimal maxPerMonth;

    @NotNull
    @Positive
    @DecimalMax(value = MAX_AMOUNT, message = "{amount.too.high}")
    @Column(name = "max_per_year", nullable = false, precision = 12, scale = 2)
    private BigDecimal maxPerYear;

    public AllowanceLimit() {
    }

    public AllowanceLimit(int year, BigDecimal maxPerHourAdult, BigDecimal maxPerHourYoung, BigDecimal maxPerMonth,
                          BigDecimal maxPerYear) {
        this.year = year;
        this.maxPerHourAdult = maxPerHourAdult;
        this.maxPerHourYoung = maxPerHourYoung;
        this.maxPerMonth = maxPerMonth;
        this.maxPerYear = maxPerYear;
    }

    /** The limits as the pure calculation uses them. */
    public AllowanceLimits toLimits() {
        return new AllowanceLimits(maxPerHourAdult, maxPerHourYoung, maxPerMonth, maxPerYear);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getMaxPerHourAdult() {
        return maxPerHourAdult;
    }

    public void setMaxPerHourAdult(BigDecimal maxPerHourAdult) {
        this.maxPerHourAdult = maxPerHourAdult;
    }

    public BigDecimal getMaxPerHourYoung() {
        return maxPerHourYoung;
    }

    public void setMaxPerHourYoung(BigDecimal maxPerHourYoung) {
        this.maxPerHourYoung = maxPerHourYoung;
    }

    public BigDecimal getMaxPerMonth() {
        return maxPerMonth;
    }

    public void setMaxPerMonth(BigDecimal maxPerMonth) {
        this.maxPerMonth = maxPerMonth;
    }

    public BigDecimal getMaxPerYear() {
        return maxPerYear;
    }

    public void setMaxPerYear(BigDecimal maxPerYear) {
        this.maxPerYear = maxPerYear;
    }
}
