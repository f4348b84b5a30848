package nl.ontmoet.volunteer.ui;

import nl.ontmoet.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Transactional
class AllowanceLimitsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void the_screen_says_the_current_year_is_missing_until_an_admin_enters_it() {
        int current = TestClock.TODAY.getYear();
        var view = navigate(AllowanceLimitsView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(view.missing.isVisible()).isTrue();
        assertThat(view.missing.getText()).contains("Voor " + current + " zijn nog geen grenzen ingevoerd");

        test(view.create).click();
        assertThat(view.form.year.getValue()).isEqualTo(current);
        saveAmounts(view.form, "5.70", "3.35", "215.00", "2150.00");

        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.missing.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails("admin")
    void a_year_that_already_has_limits_is_refused_at_the_year_field() {
        var view = navigate(AllowanceLimitsView.class);
        test(view.create).click();
        test(view.form.year).setValue(2025);
        saveAmounts(view.form, "5.60", "3.30", "210", "2100");
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.year.isInvalid()).isTrue();
        assertThat(view.form.year.getErrorMessage())
                .isEqualTo("Voor 2025 zijn al grenzen ingevoerd. Kies dat jaar in de lijst om ze te wijzigen.");
    }

    @Test
    @WithUserDetails("admin")
    void an_amount_with_three_decimals_is_refused_in_dutch_at_its_field() {
        var view = navigate(AllowanceLimitsView.class);
        int before = test(view.grid).size();
        test(view.create).click();
        test(view.form.year).setValue(2031);
        saveAmounts(view.form, "5.605", "3.30", "210", "2100");
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.maxPerHourAdult.isInvalid()).isTrue();
        assertThat(view.form.maxPerHourAdult.getErrorMessage())
                .isEqualTo("Een bedrag heeft hoogstens twee decimalen (centen); er wordt niets afgerond.");
        assertThat(view.form.maxPerHourAdult.getValue()).isEqualTo(new BigDecimal("5.605"));
        assertThat(test(view.grid).size()).isEqualTo(before);
    }

    /** Types the four amounts, per hour (21 and older, younger), per month and per year, and saves. */
    private void saveAmounts(AllowanceLimitForm form, String adult, String young, String month, String year) {
        test(form.maxPerHourAdult).setValue(new BigDecimal(adult));
        test(form.maxPerHourYoung).setValue(new BigDecimal(young));
        test(form.maxPerMonth).setValue(new BigDecimal(month));
        test(form.maxPerYear).setValue(new BigDecimal(year));
        test(form.save).click();
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_cannot_open_the_limits() {
        int limits = jdbc.queryForObject("select count(*) from allowance_limit", Integer.class);
        assertThatThrownBy(() -> navigate(AllowanceLimitsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(AllowanceLimitsView.class);
        assertThat(jdbc.queryForObject("select count(*) from allowance_limit", Integer.class)).isEqualTo(limits);
    }
}
