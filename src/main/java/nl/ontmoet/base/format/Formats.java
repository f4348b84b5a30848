package nl.ontmoet.base.format;

import com.vaadin.flow.component.UI;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Money, dates, times and numbers as people read them: {@code € 1.234,56}, {@code 03-04-2025}, {@code 14:30}. Screens
 * use {@link #current()} (the UI's locale, Dutch when there is none); documents made in services (letters,
 * statements, CSV for people) use {@link #DUTCH}. Numeric dates have the same {@code dd-MM-yyyy} shape in every
 * language; names of months and days, separators and the currency sign follow the locale.
 */
public final class Formats {

    public static final Locale DUTCH_LOCALE = Locale.of("nl", "NL");
    public static final Formats DUTCH = new Formats(DUTCH_LOCALE);

    private static final Currency EURO = Currency.getInstance("EUR");
    private static final String NO_VALUE = "–";

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter longDateTime;
    private final DateTimeFormatter dayLabel;
    private final DateTimeFormatter weekday;

    private Formats(Locale locale) {
        this.locale = locale;
        date = DateTimeFormatter.ofPattern("dd-MM-yyyy", locale);
        time = DateTimeFormatter.ofPattern("HH:mm", locale);
        dateTime = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", locale);
        longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        longDateTime = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale);
        dayLabel = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        weekday = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
    }

    public static Formats of(Locale locale) {
        return locale == null || DUTCH_LOCALE.getLanguage().equals(locale.getLanguage()) ? DUTCH : new Formats(locale);
    }

    /** The formats of the current screen's language; Dutch outside a request or without a locale. */
    public static Formats current() {
        return of(Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(DUTCH_LOCALE));
    }

    public Locale locale() {
        return locale;
    }

    /** Euro with thousands separator and always two decimals; no amount reads as zero. */
    public String money(BigDecimal amount) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount == null ? BigDecimal.ZERO : amount).replace('\u00A0', ' ');
    }

    /** A quantity such as hours: thousands separator, at most two decimals, no trailing zeros (2,5). */
    public String number(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale))
                .format(value == null ? BigDecimal.ZERO : value);
    }

    /** A percentage given as a number of percents with one decimal: 12,5 %; no value reads as a dash. */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return NO_VALUE;
        }
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(locale)).format(percent) + " %";
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String time(TemporalAccessor value) {
        return value == null ? "" : time.format(value);
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }

    /** 3 april 2025, as in letters and headings. */
    public String longDate(LocalDate value) {
        return value == null ? "" : longDate.format(value);
    }

    public String longDateTime(LocalDateTime value) {
        return value == null ? "" : longDateTime.format(value);
    }

    /** do 3 apr 2025, for lists of sessions. */
    public String dayLabel(TemporalAccessor value) {
        return value == null ? "" : dayLabel.format(value);
    }

    /** donderdag 3 april, for calendar headings. */
    public String weekdayAndDay(TemporalAccessor value) {
        return value == null ? "" : weekday.format(value);
    }

    /** april 2025. */
    public String month(YearMonth value) {
        return value == null ? "" : monthName(value.getMonth()) + " " + value.getYear();
    }

    /** april. */
    public String monthName(Month value) {
        return value.getDisplayName(TextStyle.FULL, locale);
    }

    /** januari … december, for date pickers. */
    public List<String> monthNames() {
        return Arrays.stream(Month.values()).map(this::monthName).toList();
    }

    /** Day names from Sunday to Saturday (the order date pickers expect), full or short (zo, ma, …). */
    public List<String> weekdayNames(boolean full) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).limit(6))
                .map(day -> day.getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, locale))
                .toList();
    }

    /** What a date field shows ({@code 03-04-2025}) first, then the shapes people also type (3-4-2025, 3-4-25). */
    public List<String> datePickerPatterns() {
        return List.of("dd-MM-yyyy", "d-M-yyyy", "d-M-yy");
    }
}
