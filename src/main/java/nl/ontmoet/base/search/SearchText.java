package nl.ontmoet.base.search;

import java.util.Locale;
import java.util.Optional;

/** What the user typed in the search field, trimmed; shorter than {@link #MIN_LENGTH} characters finds nothing. */
public record SearchText(String text) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;

    public static Optional<SearchText> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        if (text.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new SearchText(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text));
    }

    /**
     * A LIKE pattern (escape character '!') that finds the text anywhere, with LIKE's wildcards in the user's text
     * taken literally; lower case, for comparing with {@code lower(column)}.
     */
    public String pattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
