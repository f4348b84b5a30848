package nl.ontmoet.base.domain;

import java.util.Optional;

/**
 * A rule of the domain refused what the user asked. Carries a message key of the i18n bundle (never a
 * finished text, so the UI can translate it), its arguments, and optionally the field the rule is about.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    protected BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(field, messageKey, arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }
}
