package nl.ontmoet.volunteer.service;

import nl.ontmoet.base.domain.BusinessRuleException;

import java.math.BigDecimal;

/** Euro amounts as people type them: more than two decimals is refused at the field, never rounded away. */
final class Amounts {

    private Amounts() {
    }

    /** @return the amount in cents precision, unchanged in value */
    static BigDecimal exact(BigDecimal amount, String field, String decimalsKey) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.onField(field, decimalsKey);
        }
        return amount.setScale(2);
    }
}
