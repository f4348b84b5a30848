package nl.ontmoet.base.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    static final Formats ENGLISH = Formats.of(Locale.ENGLISH);

    @Test
    void dutch_money_has_a_euro_sign_a_space_thousands_dots_and_always_two_decimals() {
        assertThat(Formats.DUTCH.money(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(Formats.DUTCH.money(new BigDecimal("5"))).isEqualTo("€ 5,00");
        assertThat(Formats.DUTCH.money(new BigDecimal("0.5"))).isEqualTo("€ 0,50");
        assertThat(Formats.DUTCH.money(BigDecimal.ZERO)).isEqualTo("€ 0,00");
        assertThat(Formats.DUTCH.money(null)).isEqualTo("€ 0,00");
        assertThat(Formats.DUTCH.money(new BigDecimal("-695.50"))).isEqualTo("€ -695,50");
        assertThat(Formats.DUTCH.money(new BigDecimal("1234567890.12"))).isEqualTo("€ 1.234.567.890,12");
    }

    @Test
    void english_money_uses_commas_for_thousands_and_a_decimal_point() {
        assertThat(ENGLISH.money(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
        assertThat(ENGLISH.money(BigDecimal.ZERO)).isEqualTo("€0.00");
        assertThat(ENGLISH.money(new BigDecimal("-695.5"))).isEqualTo("-€695.50");
        assertThat(ENGLISH.money(new BigDecimal("1234567890.12"))).isEqualTo("€1,234,567,890.12");
    }

    @Test
    void numbers_and_percentages_follow_the_language() {
        assertThat(Formats.DUTCH.number(new BigDecimal("2.50"))).isEqualTo("2,5");
        assertThat(Formats.DUTCH.number(new BigDecimal("1234"))).isEqualTo("1.234");
        assertThat(Formats.DUTCH.number(null)).isEqualTo("0");
        assertThat(ENGLISH.number(new BigDecimal("1234.25"))).isEqualTo("1,234.25");
        assertThat(Formats.DUTCH.percent(new BigDecimal("75"))).isEqualTo("75,0 %");
        assertThat(Formats.DUTCH.percent(new BigDecimal("-12.25"))).isEqualTo("-12,2 %");
        assertThat(ENGLISH.percent(new BigDecimal("1250.5"))).isEqualTo("1,250.5 %");
        assertThat(Formats.DUTCH.percent(null)).isEqualTo("–");
    }

    @Test
    void dates_are_day_month_year_with_two_digits_and_names_follow_the_language() {
        var day = LocalDate.of(2025, 4, 3);
        assertThat(Formats.DUTCH.date(day)).isEqualTo("03-04-2025");
        assertThat(ENGLISH.date(day)).isEqualTo("03-04-2025");
        assertThat(Formats.DUTCH.date(null)).isEmpty();
        assertThat(Formats.DUTCH.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(Formats.DUTCH.dateTime(LocalDateTime.of(2025, 4, 3, 19, 30))).isEqualTo("03-04-2025 19:30");
        assertThat(Formats.DUTCH.longDate(day)).isEqualTo("3 april 2025");
        assertThat(ENGLISH.longDate(day)).isEqualTo("3 April 2025");
        assertThat(Formats.DUTCH.month(YearMonth.of(2025, 3))).isEqualTo("maart 2025");
        assertThat(ENGLISH.month(YearMonth.of(2025, 3))).isEqualTo("March 2025");
        assertThat(Formats.DUTCH.monthName(Month.MAY)).isEqualTo("mei");
        assertThat(Formats.DUTCH.weekdayAndDay(day)).isEqualTo("donderdag 3 april");
        assertThat(ENGLISH.weekdayAndDay(day)).isEqualTo("Thursday 3 April");
    }

    @Test
    void any_dutch_locale_and_no_locale_give_the_dutch_formats() {
        assertThat(Formats.of(Locale.of("nl", "BE"))).isSameAs(Formats.DUTCH);
        assertThat(Formats.of(null)).isSameAs(Formats.DUTCH);
        assertThat(Formats.current()).isSameAs(Formats.DUTCH);
        assertThat(ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
    }
}
