package nl.ontmoet.volunteer;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.volunteer.domain.AllowanceLimit;
import nl.ontmoet.volunteer.service.AllowanceLimitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class AllowanceLimitServiceIT {

    @Autowired
    AllowanceLimitService limitService;

    static AllowanceLimit limit(int year, String adult, String young, String month, String perYear) {
        return new AllowanceLimit(year, new BigDecimal(adult), new BigDecimal(young), new BigDecimal(month),
                new BigDecimal(perYear));
    }

    @Test
    @WithUserDetails("coordinator")
    void the_legal_limits_of_2024_and_2025_are_seeded_and_readable_by_a_coordinator() {
        var y2024 = limitService.forYear(2024).orElseThrow();
        assertThat(y2024.getMaxPerHourAdult()).isEqualByComparingTo("5.50");
        assertThat(y2024.getMaxPerHourYoung()).isEqualByComparingTo("3.25");
        assertThat(y2024.getMaxPerMonth()).isEqualByComparingTo("210");
        assertThat(y2024.getMaxPerYear()).isEqualByComparingTo("2100");
        var y2025 = limitService.forYear(2025).orElseThrow();
        assertThat(y2025.getMaxPerHourAdult()).isEqualByComparingTo("5.60");
        assertThat(y2025.getMaxPerHourYoung()).isEqualByComparingTo("3.30");
        assertThat(y2025.getMaxPerMonth()).isEqualByComparingTo("210");
        assertThat(y2025.getMaxPerYear()).isEqualByComparingTo("2100");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_enters_a_new_year_and_the_current_year_is_no_longer_missing() {
        int current = limitService.currentYear();
        limitService.forYear(current).ifPresent(l -> {
            throw new IllegalStateException("test expects no limits for " + current);
        });
        assertThat(limitService.currentYearMissing()).isTrue();
        limitService.save(limit(current, "5.70", "3.35", "215.00", "2150.00"));
        assertThat(limitService.currentYearMissing()).isFalse();
        assertThat(limitService.page(Pageable.unpaged()).getContent()).extracting(AllowanceLimit::getYear)
                .contains(2024, 2025, current);
    }

    static void refusedAt(Runnable save, String key, String field) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).contains(field);
        });
    }

    @Test
    @WithUserDetails("admin")
    void a_duplicate_year_and_inconsistent_amounts_are_refused_at_their_field() {
        refusedAt(() -> limitService.save(limit(2025, "5.60", "3.30", "210", "2100")),
                "volunteer.limit.error.yearTaken", "year");
        refusedAt(() -> limitService.save(limit(2030, "3.00", "3.30", "210", "2100")),
                "volunteer.limit.error.youngAboveAdult", "maxPerHourYoung");
        refusedAt(() -> limitService.save(limit(2030, "5.60", "3.30", "2200", "2100")),
                "volunteer.limit.error.monthAboveYear", "maxPerMonth");
        refusedAt(() -> limitService.save(limit(2030, "0", "3.30", "210", "2100")),
                "volunteer.limit.error.positive", "maxPerHourAdult");
        assertThat(limitService.forYear(2030)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void an_amount_with_more_than_two_decimals_is_refused_at_its_field_and_never_rounded() {
        refusedAt(() -> limitService.save(limit(2030, "5.605", "3.30", "210", "2100")),
                "amount.error.decimals", "maxPerHourAdult");
        refusedAt(() -> limitService.save(limit(2030, "5.60", "3.30", "210", "2100.001")),
                "amount.error.decimals", "maxPerYear");
        assertThat(limitService.forYear(2030)).isEmpty();

        limitService.save(limit(2030, "5.600", "3.3", "210", "2100"));
        assertThat(limitService.forYear(2030).orElseThrow().getMaxPerHourAdult()).isEqualTo("5.60");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_may_not_maintain_the_limits() {
        assertThatThrownBy(() -> limitService.save(limit(2031, "5.60", "3.30", "210", "2100")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> limitService.page(Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_may_not_maintain_the_limits_either() {
        assertThatThrownBy(() -> limitService.save(limit(2031, "5.60", "3.30", "210", "2100")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
