package nl.ontmoet.programme.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Short, language-neutral time texts used as arguments of messages: "24-11-2026 19:00–21:00". */
public final class Times {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {
    }

    public static String day(java.time.LocalDate day) {
        return DateTimeFormatter.ofPattern("dd-MM-yyyy").format(day);
    }

    public static String span(LocalDateTime start, LocalDateTime end) {
        return DAY_TIME.format(start) + "–" + (start.toLocalDate().equals(end.toLocalDate())
                ? TIME.format(end) : DAY_TIME.format(end));
    }
}
