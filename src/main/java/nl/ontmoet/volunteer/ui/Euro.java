package nl.ontmoet.volunteer.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Euro amounts as a Dutch reader expects them: € 1.234,56. */
final class Euro {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Euro() {
    }

    static String format(BigDecimal amount) {
        var format = NumberFormat.getCurrencyInstance(DUTCH);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount == null ? BigDecimal.ZERO : amount).replace('\u00A0', ' ');
    }
}
