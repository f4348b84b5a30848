package nl.ontmoet.programme.service;

import nl.ontmoet.base.format.Formats;
import java.time.LocalDateTime;

/** Short, language-neutral time texts used as arguments of messages: "24-11-2026 19:00–21:00". */
public final class Times {

    private Times() {
    }

    public static String day(java.time.LocalDate day) {
        return Formats.DUTCH.date(day);
    }

    public static String span(LocalDateTime start, LocalDateTime end) {
        return Formats.DUTCH.dateTime(start) + "–" + (start.toLocalDate().equals(end.toLocalDate())
                ? Formats.DUTCH.time(end) : Formats.DUTCH.dateTime(end));
    }
}
