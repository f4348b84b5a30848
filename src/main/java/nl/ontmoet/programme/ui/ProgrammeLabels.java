package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.domain.OrganiserKind;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Locale;

/** Shared texts and badges: a type is shown by colour and always by its name, never by colour alone. */
final class ProgrammeLabels {

    private ProgrammeLabels() {
    }

    static String type(Component context, ActivityType type) {
        return type == null ? "" : context.getTranslation("activity.type." + type.name());
    }

    static String organiser(Component context, OrganiserKind kind) {
        return kind == null ? "" : context.getTranslation("activity.organiser." + kind.name());
    }

    static String weekday(Component context, DayOfWeek day) {
        return context.getTranslation("weekday." + day.name());
    }

    static Span typeBadge(Component context, ActivityType type) {
        var badge = new Span(type(context, type));
        badge.getElement().getThemeList().add("badge");
        badge.addClassNames("type-badge", cssClass(type));
        return badge;
    }

    static String cssClass(ActivityType type) {
        return "type-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String span(LocalDateTime start, LocalDateTime end) {
        var formats = Formats.current();
        return formats.dayLabel(start) + " " + formats.time(start) + "–" + formats.time(end);
    }
}
