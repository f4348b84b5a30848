package nl.ontmoet.volunteer;

import nl.ontmoet.volunteer.domain.AllowanceLimits;
import nl.ontmoet.volunteer.domain.AllowanceLimits.Breach;
import nl.ontmoet.volunteer.domain.AllowanceLimits.Kind;
import nl.ontmoet.volunteer.domain.AllowanceLimits.Payment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AllowanceLimitsTest {

    static final AllowanceLimits Y2025 = new AllowanceLimits(new BigDecimal("5.60"), new BigDecimal("3.30"),
            new BigDecimal("210.00"), new BigDecimal("2100.00"));
    static final LocalDate BORN_2004_06_15 = LocalDate.of(2004, 6, 15);
    static final LocalDate ADULT = LocalDate.of(1970, 1, 1);

    static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    static Payment pay(LocalDate born, LocalDate on, String amount, String hours, String month, String year,
                       String other) {
        return new Payment(born, on, eur(amount), hours == null ? null : eur(hours), eur(month), eur(year),
                other == null ? null : eur(other));
    }

    @Test
    void turning_21_mid_year_switches_to_the_adult_hourly_maximum_on_the_birthday() {
        // 10 hours at 5.00 per hour: too much for someone of 20, fine from the 21st birthday
        var dayBefore = Y2025.check(pay(BORN_2004_06_15, LocalDate.of(2025, 6, 14), "50.00", "10", "0", "0", null));
        assertThat(dayBefore).contains(new Breach(Kind.HOUR, eur("3.30"), eur("1.70"), eur("3.30")));
        var birthday = Y2025.check(pay(BORN_2004_06_15, LocalDate.of(2025, 6, 15), "50.00", "10", "0", "0", null));
        assertThat(birthday).isEmpty();
    }

    @Test
    void someone_born_on_29_february_turns_21_on_1_march_in_a_common_year() {
        var leapDay = LocalDate.of(2004, 2, 29);
        assertThat(Y2025.maxPerHour(leapDay, LocalDate.of(2025, 2, 28))).isEqualByComparingTo("3.30");
        assertThat(Y2025.maxPerHour(leapDay, LocalDate.of(2025, 3, 1))).isEqualByComparingTo("5.60");
    }

    @Test
    void a_fixed_amount_has_no_hourly_check_but_still_counts_for_month_and_year() {
        assertThat(Y2025.check(pay(BORN_2004_06_15, LocalDate.of(2025, 1, 10), "210.00", null, "0", "0", null)))
                .isEmpty();
        assertThat(Y2025.check(pay(BORN_2004_06_15, LocalDate.of(2025, 1, 10), "210.01", null, "0", "0", null)))
                .get().extracting(Breach::kind).isEqualTo(Kind.MONTH);
    }

    @Test
    void exactly_at_the_hourly_month_and_year_limit_is_allowed_one_cent_more_is_not() {
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 3, 1), "56.00", "10", "0", "0", null))).isEmpty();
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 3, 1), "56.10", "10", "0", "0", null)))
                .get().extracting(Breach::kind).isEqualTo(Kind.HOUR);

        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 3, 1), "110.00", null, "100.00", "100.00", null)))
                .isEmpty();
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 3, 1), "110.01", null, "100.00", "100.00", null)))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("0.01"), eur("110.00")));

        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 12, 1), "100.00", null, "0", "2000.00", null)))
                .isEmpty();
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 12, 1), "100.01", null, "0", "2000.00", null)))
                .contains(new Breach(Kind.YEAR, eur("2100.00"), eur("0.01"), eur("100.00")));
    }

    @Test
    void what_other_centres_paid_counts_because_the_caller_sums_every_centre() {
        // centre A paid 150 this month, centre B wants to pay 80: together 230 > 210
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 5, 20), "80.00", null, "150.00", "150.00", null)))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("20.00"), eur("60.00")));
    }

    @Test
    void other_organisations_count_per_month_and_twelve_times_per_year() {
        // 100 per month elsewhere leaves 110 this month
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 1, 31), "120.00", null, "0", "0", "100.00")))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("10.00"), eur("110.00")));
        // 150 per month elsewhere = 1800 a year, leaving 300 for the year
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 9, 1), "50.00", null, "0", "260.00", "150.00")))
                .contains(new Breach(Kind.YEAR, eur("2100.00"), eur("10.00"), eur("40.00")));
    }

    @Test
    void the_month_limit_is_checked_before_the_year_limit_and_the_year_limit_bites_with_room_in_the_month() {
        // both broken: the month is reported
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 11, 1), "211.00", null, "0", "2000.00", null)))
                .get().extracting(Breach::kind).isEqualTo(Kind.MONTH);
        // month has room (0 paid), year only 50 left
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 11, 1), "200.00", null, "0", "2050.00", null)))
                .contains(new Breach(Kind.YEAR, eur("2100.00"), eur("150.00"), eur("50.00")));
    }

    @Test
    void remaining_is_never_negative_and_usage_marks_80_percent_as_near() {
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 11, 1), "1.00", null, "250.00", "250.00", null)))
                .get().extracting(Breach::remaining).isEqualTo(eur("0.00"));
        assertThat(Y2025.nearYearLimit(eur("1679.99"), null)).isFalse();
        assertThat(Y2025.nearYearLimit(eur("1680.00"), null)).isTrue();
        assertThat(Y2025.nearYearLimit(eur("480.00"), eur("100.00"))).isTrue();
        assertThat(Y2025.yearUsagePercent(eur("2100.00"), null)).isEqualByComparingTo("100");
    }

    @Test
    void zero_hours_means_no_hourly_check_but_the_month_still_counts() {
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 4, 1), "50.00", "0", "0", "0", null))).isEmpty();
        assertThat(Y2025.check(pay(ADULT, LocalDate.of(2025, 4, 1), "210.01", "0", "0", "0", null)))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("0.01"), eur("210.00")));
    }
}
