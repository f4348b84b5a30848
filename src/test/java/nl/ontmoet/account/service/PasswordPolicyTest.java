package nl.ontmoet.account.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelve_to_128_characters_are_accepted_and_one_fewer_or_more_refused() {
        assertRefused("k".repeat(5) + "xqzvw7", "account.error.passwordTooShort");
        assertAccepted("k".repeat(6) + "xqzvw7");
        assertAccepted("kx7q".repeat(32));
        assertRefused("kx7q".repeat(32) + "z", "account.error.passwordTooLong");
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        assertAccepted("🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊");
        assertRefused("🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊", "account.error.passwordTooShort");
    }

    @Test
    void no_composition_rules_a_sentence_of_plain_words_is_fine() {
        assertAccepted("de fiets staat bij de molen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Welkom01!!!!!!", "WACHTWOORD2026", "ontmoet123456", "demo12345678",
            "qwertyuiop123", "wachtwoord!!!!!", "123456789012", "iloveyouiloveyou"})
    void common_breached_dutch_and_product_passwords_are_refused_also_with_digits_or_symbols_appended(String password) {
        assertRefused(password, "account.error.passwordTooCommon");
    }

    @Test
    void a_password_containing_the_username_or_display_name_is_refused_in_any_case() {
        assertRefused("mijn-MARIEKE.DEVRIES-2026", "account.error.passwordContainsName");
        assertRefused("xx marieke de vries xx", "account.error.passwordContainsName");
        assertAccepted("een ander lang zinnetje");
    }

    @Test
    void the_refusal_names_the_field_it_was_asked_for() {
        assertThatThrownBy(() -> policy.check("newPassword", "kort", "cor", "Cor Bakker"))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).contains("newPassword"))
                .satisfies(e -> assertThat(((BusinessRuleException) e).getArguments()).containsExactly(12));
    }

    private void assertAccepted(String password) {
        assertThatCode(() -> policy.check("password", password, "marieke.devries", "Marieke de Vries"))
                .doesNotThrowAnyException();
    }

    private void assertRefused(String password, String key) {
        assertThatThrownBy(() -> policy.check("password", password, "marieke.devries", "Marieke de Vries"))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).contains("password"))
                .extracting("messageKey").isEqualTo(key);
    }
}
