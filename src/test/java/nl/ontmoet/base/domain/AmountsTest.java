package nl.ontmoet.base.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsTest {

    @Test
    void two_decimals_or_fewer_come_back_with_exactly_two() {
        assertThat(Amounts.cents(new BigDecimal("12"), "amount")).isEqualByComparingTo("12").hasToString("12.00");
        assertThat(Amounts.cents(new BigDecimal("12.5"), "amount")).hasToString("12.50");
        assertThat(Amounts.cents(new BigDecimal("12.340000"), "amount")).hasToString("12.34");
    }

    @Test
    void a_third_decimal_is_refused_at_the_field_and_never_rounded() {
        assertThatThrownBy(() -> Amounts.cents(new BigDecimal("16.805"), "amount"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("amount.error.decimals");
                    assertThat(e.getField()).contains("amount");
                });
    }
}
