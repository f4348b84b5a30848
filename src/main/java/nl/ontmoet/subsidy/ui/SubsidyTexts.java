package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Span;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.subsidy.domain.SubsidyStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Formatting shared by the subsidy screens: euros, dates and status badges that carry their text. */
final class SubsidyTexts {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private SubsidyTexts() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : Formats.current().money(amount);
    }

    static String day(LocalDate day) {
        return Formats.current().longDate(day);
    }

    static String shortDay(LocalDate day) {
        return Formats.current().date(day);
    }

    static String shortDay(Instant instant) {
        return instant == null ? "" : Formats.current().date(instant.atZone(ZONE).toLocalDate());
    }

    static String fileSize(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " kB"
                : String.format(Formats.current().locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String moment(Instant instant) {
        return instant == null ? "" : Formats.current().longDateTime(instant.atZone(ZONE).toLocalDateTime());
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
