package nl.ontmoet.coaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.coaching.domain.AgreementOwner;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.domain.SessionForm;
import nl.ontmoet.coaching.domain.SessionStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/** Translated names of coaching enums, dates and badges that carry their meaning in text, not colour alone. */
final class CoachingTexts {

    private CoachingTexts() {
    }

    static String label(Component c, Enum<?> value) {
        return value == null ? "" : c.getTranslation(key(value));
    }

    static String key(Enum<?> value) {
        String prefix = switch (value) {
            case CoachingTopic t -> "coaching.topic.";
            case SessionForm f -> "coaching.form.";
            case SessionStatus s -> "coaching.status.";
            case AgreementOwner o -> "coaching.owner.";
            case GoalStatus g -> "coaching.goalStatus.";
            default -> throw new IllegalArgumentException(value.getClass().getName());
        };
        return prefix + value.name();
    }

    static String topics(Component c, Collection<CoachingTopic> topics) {
        return topics.stream().sorted().map(t -> label(c, t)).collect(Collectors.joining(", "));
    }

    static String date(Component c, LocalDate date) {
        return date == null ? c.getTranslation("coaching.none")
                : Formats.current().date(date);
    }

    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
