package nl.ontmoet.base.domain;

import java.math.BigDecimal;

/** The one rule for money typed by people: euros and cents, so a third decimal is refused, never rounded away. */
public final class Amounts {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Amounts() {
    }

    /**
     * @return the amount with exactly two decimals
     * @throws BusinessRuleException on {@code field} when the amount has more than two decimals
     */
    public static BigDecimal cents(BigDecimal amount, String field) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.onField(field, "amount.error.decimals");
        }
        return amount.setScale(2);
    }
}
