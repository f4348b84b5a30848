package nl.ontmoet.base.ui;

import java.util.Optional;

/** A translated message for the user, optionally about one field of a form. */
public record UserMessage(String field, String text) {

    public Optional<String> fieldName() {
        return Optional.ofNullable(field);
    }
}
