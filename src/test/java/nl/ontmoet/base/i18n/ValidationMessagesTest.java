package nl.ontmoet.base.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Form fields show these texts: they must read as Dutch sentences, not as the validator's developer text. */
class ValidationMessagesTest {

    record Sample(
            @NotNull LocalValue required,
            @NotBlank String name,
            @Size(max = 5) String shortText,
            @Size(min = 2, max = 5) String code,
            @Min(1) int capacity,
            @Max(24) int hours,
            @Positive BigDecimal rate,
            @Email String email,
            @DecimalMin(value = "0.01", message = "{amount.positive}") BigDecimal amount) {
    }

    record LocalValue() {
    }

    private static final Sample BAD = new Sample(null, " ", "zeslang", "x", 0, 25,
            BigDecimal.ZERO, "geen-adres", new BigDecimal("0.00"));

    @Test
    void every_rule_speaks_dutch_with_numbers_as_people_write_them() {
        assertThat(messages(Locale.forLanguageTag("nl-NL"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "required", "Vul dit veld in.",
                "name", "Vul dit veld in.",
                "shortText", "Gebruik hoogstens 5 tekens.",
                "code", "Gebruik 2 tot 5 tekens.",
                "capacity", "Vul 1 of meer in.",
                "hours", "Vul 24 of minder in.",
                "rate", "Vul een getal groter dan 0 in.",
                "email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
                "amount", "Vul een bedrag groter dan € 0,00 in."));
    }

    @Test
    void english_screens_get_the_english_texts() {
        assertThat(messages(Locale.ENGLISH))
                .containsEntry("required", "Fill in this field.")
                .containsEntry("shortText", "Use at most 5 characters.")
                .containsEntry("amount", "Enter an amount above € 0.00.");
    }

    @Test
    void an_unknown_locale_falls_back_to_dutch() {
        assertThat(messages(Locale.JAPANESE)).containsEntry("required", "Vul dit veld in.");
    }

    @Test
    void every_decimal_bound_names_its_own_message_because_the_default_shows_a_decimal_point() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ontmoet");
        var defaults = classes.stream().flatMap(type -> type.getFields().stream())
                .filter(field -> field.tryGetAnnotationOfType(DecimalMin.class).map(DecimalMin::message)
                        .or(() -> field.tryGetAnnotationOfType(DecimalMax.class).map(DecimalMax::message))
                        .filter(message -> message.startsWith("{jakarta.")).isPresent())
                .map(field -> field.getFullName())
                .toList();
        assertThat(defaults).as("@DecimalMin/@DecimalMax without message = \"{amount.…}\"").isEmpty();
    }

    private static Map<String, String> messages(Locale locale) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try (var factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Map<String, String> byField = new TreeMap<>();
            for (ConstraintViolation<Sample> violation : validator.validate(BAD)) {
                byField.put(violation.getPropertyPath().toString(), violation.getMessage());
            }
            return byField;
        } finally {
            Locale.setDefault(before);
        }
    }
}
