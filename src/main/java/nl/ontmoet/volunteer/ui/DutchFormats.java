package nl.ontmoet.volunteer.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates, months and hours as a Dutch reader expects them: 3-4-2025, april 2025, 2,5. */
final class DutchFormats {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private DutchFormats() {
    }

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, DUTCH) + " " + month.getYear();
    }

    static String hours(BigDecimal hours) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DUTCH))
                .format(hours == null ? BigDecimal.ZERO : hours);
    }
}
