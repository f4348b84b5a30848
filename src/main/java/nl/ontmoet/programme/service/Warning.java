package nl.ontmoet.programme.service;

import java.util.List;

/** Something the user should know before saving, but may confirm: an i18n key and its arguments. */
public record Warning(String messageKey, List<Object> arguments) {

    static Warning of(String key, Object... arguments) {
        return new Warning(key, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
