package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Span;
import nl.ontmoet.subsidy.domain.SubsidyStatus;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting shared by the subsidy screens: euros, dates and status badges that carry their text. */
final class SubsidyTexts {

    static final Locale DUTCH = Locale.of("nl", "NL");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    /** Short Dutch dates (3-10-2026) for tables and version lists. */
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d-M-yyyy", DUTCH);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", DUTCH)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private SubsidyTexts() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(DUTCH).format(amount);
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String shortDay(LocalDate day) {
        return day == null ? "" : SHORT_DAY.format(day);
    }

    static String shortDay(Instant instant) {
        return instant == null ? "" : SHORT_DAY.format(instant.atZone(MOMENT.getZone()));
    }

    static String fileSize(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " kB"
                : String.format(DUTCH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    static String statusKey(SubsidyStatus status) {
        return "subsidy.status." + status.name();
    }

    static Span badge(String text, SubsidyStatus status) {
        var badge = new Span(text);
        String theme = switch (status) {
            case GRANTED, REPORTED, SETTLED -> "success";
            case REJECTED -> "error";
            case CHANGES_REQUESTED -> "warning";
            case SUBMITTED -> "";
            case DRAFT -> "contrast";
        };
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }
}
