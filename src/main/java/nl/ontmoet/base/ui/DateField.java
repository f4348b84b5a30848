package nl.ontmoet.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import nl.ontmoet.base.format.Formats;

import java.time.DayOfWeek;

/**
 * The one date field of every screen: the calendar speaks the screen's language (maanden, dagen, Vandaag), weeks start on Monday, and a date is shown as {@code 03-04-2025} while 3-4-2025 and 3-4-25 are
 * understood too. Vaadin's own field is English until told otherwise.
 */
public class DateField extends DatePicker {

    public DateField() {
        Formats formats = Formats.current();
        setLocale(formats.locale());
        var patterns = formats.datePickerPatterns();
        setI18n(new DatePickerI18n()
                .setMonthNames(formats.monthNames())
                .setWeekdays(formats.weekdayNames(true))
                .setWeekdaysShort(formats.weekdayNames(false))
                .setFirstDayOfWeek(DayOfWeek.MONDAY.getValue())
                .setToday(getTranslation("date.today"))
                .setDateFormats(patterns.getFirst(), patterns.subList(1, patterns.size()).toArray(String[]::new))
                .setRequiredErrorMessage(getTranslation("date.error.required"))
                .setBadInputErrorMessage(getTranslation("date.error.badInput"))
                .setMinErrorMessage(getTranslation("date.error.min"))
                .setMaxErrorMessage(getTranslation("date.error.max")));
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }
}
