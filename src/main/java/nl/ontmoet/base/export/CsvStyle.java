package nl.ontmoet.base.export;

import nl.ontmoet.base.format.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a CSV file writes its separators, numbers and dates. {@link #DUTCH} is what a spreadsheet with Dutch
 * settings reads as numbers and dates ({@code ;}, decimal comma, dd-mm-jjjj, UTF-8 with a byte order mark);
 * {@link #MACHINE} is the plain format other tools expect ({@code ,}, decimal point, ISO dates, no byte order mark).
 */
public enum CsvStyle {

    DUTCH(';', ',', true),
    MACHINE(',', '.', false);

    private final char delimiter;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvStyle(char delimiter, char decimalSeparator, boolean byteOrderMark) {
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The exact amount, signed, without thousands separator and never rounded: -1234,50 or -1234.50. */
    public String number(BigDecimal value) {
        return value.toPlainString().replace('.', decimalSeparator);
    }

    public String date(LocalDate value) {
        return this == DUTCH ? Formats.DUTCH.date(value) : DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }
}
