package nl.ontmoet.account.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a new password must be (ASVS V2.1): 12 to 128 characters, no composition rules, not a known common or
 * breached password (also not with digits or symbols appended) and not containing the account's username or name.
 * It judges typed input only; stored hashes (such as the demo accounts') are never re-checked.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** A one- or two-letter name would refuse too much. */
    private static final int MIN_NAME_LENGTH = 3;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = readList("common-passwords.txt");
    }

    /** @throws BusinessRuleException on {@code field} when the password may not be used */
    public void check(String field, String password, String username, String displayName) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw BusinessRuleException.onField(field, "account.error.passwordTooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw BusinessRuleException.onField(field, "account.error.passwordTooLong", MAX_LENGTH);
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceAll("[\\d\\p{Punct}\\s]+$", ""))) {
            throw BusinessRuleException.onField(field, "account.error.passwordTooCommon");
        }
        if (Stream.of(username, displayName).filter(Objects::nonNull).map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> name.length() >= MIN_NAME_LENGTH).anyMatch(lower::contains)) {
            throw BusinessRuleException.onField(field, "account.error.passwordContainsName");
        }
    }

    private static Set<String> readList(String resource) {
        var stream = PasswordPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing password deny-list " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
