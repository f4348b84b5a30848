package nl.ontmoet.bookkeeping.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Euro amounts as a Dutch reader expects them: € 1.234,56. */
final class Money {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Money() {
    }

    static String format(BigDecimal amount) {
        var format = NumberFormat.getCurrencyInstance(DUTCH);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount == null ? BigDecimal.ZERO : amount).replace('\u00A0', ' ');
    }

    static String percent(BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + " %";
    }
}
