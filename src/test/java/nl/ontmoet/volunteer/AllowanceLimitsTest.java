package nl.ontmoet.volunteer;

import nl.ontmoet.volunteer.domain.AllowanceLimits;
import nl.ontmoet.volunteer.domain.AllowanceLimits.Breach;
import nl.ontmoet.volunteer.domain.AllowanceLimits.Kind;
import nl.ontmoet.volunteer.domain.AllowanceLimits.OtherAllowance;
import nl.ontmoet.volunteer.domain.AllowanceLimits.Payment;
import nl.ontmoet.volunteer.domain.AllowanceLimits.WorkedHours;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AllowanceLimitsTest {

    static final AllowanceLimits Y2025 = new AllowanceLimits(new BigDecimal("5.60"), new BigDecimal("3.30"),
            new BigDecimal("210.00"), new BigDecimal("2100.00"));
    static final LocalDate BORN_2004_06_15 = LocalDate.of(2004, 6, 15);
    static final LocalDate ADULT = LocalDate.of(1970, 1, 1);

    static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    static OtherAllowance other(String perMonth) {
        return new OtherAllowance(eur(perMonth), null, null);
    }

    static List<WorkedHours> worked(LocalDate day, String hours) {
        return List.of(new WorkedHours(day, eur(hours)));
    }

    static Payment fixed(LocalDate on, String amount, String month, String year, OtherAllowance other) {
        return new Payment(ADULT, on, eur(amount), null, eur(month), eur(year), other);
    }

    static Payment forHours(LocalDate born, LocalDate on, String amount, List<WorkedHours> hours) {
        return new Payment(born, on, eur(amount), hours, eur("0"), eur("0"), null);
    }

    @Test
    void hours_worked_before_the_21st_birthday_get_the_young_maximum_even_when_paid_after_it() {
        // born 2004-03-20: 10 hours before the birthday, 10 from it, paid on 31 March at 5,60 = 112
        var born = LocalDate.of(2004, 3, 20);
        var hours = new ArrayList<WorkedHours>();
        for (int day = 10; day < 30; day++) {
            hours.add(new WorkedHours(LocalDate.of(2025, 3, day), BigDecimal.ONE));
        }
        assertThat(Y2025.maxForHours(born, hours)).isEqualByComparingTo("89.00");
        assertThat(Y2025.check(forHours(born, LocalDate.of(2025, 3, 31), "112.00", hours)))
                .contains(new Breach(Kind.HOUR, eur("89.00"), eur("23.00"), eur("89.00")));
        assertThat(Y2025.check(forHours(born, LocalDate.of(2025, 3, 31), "89.00", hours))).isEmpty();
        assertThat(Y2025.check(forHours(born, LocalDate.of(2025, 3, 31), "89.01", hours)))
                .get().extracting(Breach::kind).isEqualTo(Kind.HOUR);
    }

    @Test
    void turning_21_switches_to_the_adult_hourly_maximum_on_the_birthday_itself() {
        assertThat(Y2025.check(forHours(BORN_2004_06_15, LocalDate.of(2025, 6, 30), "50.00",
                worked(LocalDate.of(2025, 6, 14), "10"))))
                .contains(new Breach(Kind.HOUR, eur("33.00"), eur("17.00"), eur("33.00")));
        assertThat(Y2025.check(forHours(BORN_2004_06_15, LocalDate.of(2025, 6, 30), "50.00",
                worked(LocalDate.of(2025, 6, 15), "10")))).isEmpty();
    }

    @Test
    void someone_born_on_29_february_turns_21_on_1_march_in_a_common_year() {
        var leapDay = LocalDate.of(2004, 2, 29);
        assertThat(Y2025.maxPerHour(leapDay, LocalDate.of(2025, 2, 28))).isEqualByComparingTo("3.30");
        assertThat(Y2025.maxPerHour(leapDay, LocalDate.of(2025, 3, 1))).isEqualByComparingTo("5.60");
    }

    @Test
    void the_amount_per_hour_is_compared_exactly_never_rounded_first() {
        // 16,81 for 3 hours is 5,6033 per hour: above 5,60 although it rounds to 5,60
        var three = worked(LocalDate.of(2025, 3, 3), "3");
        assertThat(Y2025.check(forHours(ADULT, LocalDate.of(2025, 3, 10), "16.81", three)))
                .contains(new Breach(Kind.HOUR, eur("16.80"), eur("0.01"), eur("16.80")));
        assertThat(Y2025.check(forHours(ADULT, LocalDate.of(2025, 3, 10), "16.80", three))).isEmpty();
    }

    @Test
    void the_most_for_quarter_hours_is_cut_to_whole_cents() {
        // 0,25 hour at 3,30 is 0,825: 0,82 may be paid, 0,83 is above the maximum
        var quarter = worked(LocalDate.of(2025, 3, 3), "0.25");
        assertThat(Y2025.maxForHours(BORN_2004_06_15, quarter)).isEqualByComparingTo("0.82");
        assertThat(Y2025.check(forHours(BORN_2004_06_15, LocalDate.of(2025, 3, 4), "0.83", quarter)))
                .get().extracting(Breach::kind).isEqualTo(Kind.HOUR);
    }

    @Test
    void a_fixed_amount_for_registered_hours_is_checked_per_hour_and_one_without_hours_only_per_month_and_year() {
        var born18 = LocalDate.of(2007, 1, 1);
        // 100 for 10 hours at 18: at most 33,00
        assertThat(Y2025.check(forHours(born18, LocalDate.of(2025, 5, 1), "100.00",
                worked(LocalDate.of(2025, 4, 28), "10"))))
                .contains(new Breach(Kind.HOUR, eur("33.00"), eur("67.00"), eur("33.00")));
        // the same 100 not in proportion to hours ("niet in verhouding"): month and year only
        assertThat(Y2025.check(new Payment(born18, LocalDate.of(2025, 5, 1), eur("100.00"), List.of(), eur("0"),
                eur("0"), null))).isEmpty();
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 1, 10), "210.01", "0", "0", null)))
                .get().extracting(Breach::kind).isEqualTo(Kind.MONTH);
    }

    @Test
    void exactly_at_the_month_and_year_limit_is_allowed_one_cent_more_is_not() {
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 3, 1), "110.00", "100.00", "100.00", null))).isEmpty();
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 3, 1), "110.01", "100.00", "100.00", null)))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("0.01"), eur("110.00")));
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 12, 1), "100.00", "0", "2000.00", null))).isEmpty();
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 12, 1), "100.01", "0", "2000.00", null)))
                .contains(new Breach(Kind.YEAR, eur("2100.00"), eur("0.01"), eur("100.00")));
    }

    @Test
    void what_other_centres_paid_counts_because_the_caller_sums_every_centre() {
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 5, 20), "80.00", "150.00", "150.00", null)))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("20.00"), eur("60.00")));
    }

    @Test
    void other_organisations_without_a_period_count_every_month_and_twelve_times_a_year() {
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 1, 31), "120.00", "0", "0", other("100.00"))))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("10.00"), eur("110.00")));
        // 150 a month = 1.800 a year, leaving 300
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 9, 1), "50.00", "0", "260.00", other("150.00"))))
                .contains(new Breach(Kind.YEAR, eur("2100.00"), eur("10.00"), eur("40.00")));
    }

    @Test
    void other_organisations_count_only_in_the_months_of_their_period() {
        var sinceOctober = new OtherAllowance(eur("150.00"), YearMonth.of(2025, 10), null);
        // February: nothing from the other organisation, so 200 fits the month
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 2, 10), "200.00", "0", "0", sinceOctober))).isEmpty();
        assertThat(sinceOctober.inMonth(YearMonth.of(2025, 9))).isEqualByComparingTo("0");
        assertThat(sinceOctober.inMonth(YearMonth.of(2025, 10))).isEqualByComparingTo("150");
        // October to December: 450 of the year
        assertThat(sinceOctober.inYear(2025)).isEqualByComparingTo("450.00");
        assertThat(sinceOctober.inYear(2026)).isEqualByComparingTo("1800.00");
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 10, 10), "60.01", "0", "0", sinceOctober)))
                .contains(new Breach(Kind.MONTH, eur("210.00"), eur("0.01"), eur("60.00")));
        // 1.450 paid + 450 elsewhere: 200 left in the year
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 2, 10), "200.00", "0", "1450.00", sinceOctober))).isEmpty();
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 2, 10), "200.01", "0", "1450.00", sinceOctober)))
                .contains(new Breach(Kind.YEAR, eur("2100.00"), eur("0.01"), eur("200.00")));
        var untilMarch = new OtherAllowance(eur("100.00"), YearMonth.of(2024, 6), YearMonth.of(2025, 3));
        assertThat(untilMarch.inYear(2025)).isEqualByComparingTo("300.00");
        assertThat(untilMarch.inYear(2024)).isEqualByComparingTo("700.00");
        assertThat(untilMarch.inMonth(YearMonth.of(2025, 3))).isEqualByComparingTo("100");
        assertThat(untilMarch.inMonth(YearMonth.of(2025, 4))).isEqualByComparingTo("0");
        assertThat(untilMarch.inMonth(YearMonth.of(2024, 5))).isEqualByComparingTo("0");
    }

    @Test
    void the_month_limit_is_checked_before_the_year_limit_and_the_year_limit_bites_with_room_in_the_month() {
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 11, 1), "211.00", "0", "2000.00", null)))
                .get().extracting(Breach::kind).isEqualTo(Kind.MONTH);
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 11, 1), "200.00", "0", "2050.00", null)))
                .contains(new Breach(Kind.YEAR, eur("2100.00"), eur("150.00"), eur("50.00")));
    }

    @Test
    void the_hourly_check_comes_before_the_month() {
        assertThat(Y2025.check(new Payment(ADULT, LocalDate.of(2025, 3, 10), eur("60.00"),
                worked(LocalDate.of(2025, 3, 3), "10"), eur("200.00"), eur("200.00"), null)))
                .get().extracting(Breach::kind).isEqualTo(Kind.HOUR);
    }

    @Test
    void remaining_is_never_negative_and_usage_marks_80_percent_as_near() {
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 11, 1), "1.00", "250.00", "250.00", null)))
                .get().extracting(Breach::remaining).isEqualTo(eur("0.00"));
        assertThat(Y2025.check(fixed(LocalDate.of(2025, 11, 1), "1.00", "0", "2200.00", null)))
                .get().extracting(Breach::remaining).isEqualTo(eur("0.00"));
        assertThat(Y2025.nearYearLimit(eur("1679.99"), null)).isFalse();
        assertThat(Y2025.nearYearLimit(eur("1680.00"), null)).isTrue();
        assertThat(Y2025.nearYearLimit(eur("480.00"), eur("1200.00"))).isTrue();
        assertThat(Y2025.nearYearLimit(null, eur("1679.99"))).isFalse();
        assertThat(Y2025.yearUsagePercent(eur("2100.00"), null)).isEqualByComparingTo("100");
        assertThat(Y2025.yearUsagePercent(eur("1000.00"), eur("50.00"))).isEqualByComparingTo("50");
        assertThat(Y2025.yearUsagePercent(null, eur("1.05"))).isEqualByComparingTo("0.1");
    }
}
