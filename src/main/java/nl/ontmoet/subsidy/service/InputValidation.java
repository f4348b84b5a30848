package nl.ontmoet.subsidy.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks an input against its Bean Validation annotations and refuses the first broken field as a business rule,
 * with the subsidy's own Dutch message: a text too long, a negative count, or the field's own message for a value
 * that is missing or too small.
 */
@Component
@RequiredArgsConstructor
class InputValidation {

    private final Validator validator;

    /**
     * @param order       the fields in the order they are checked
     * @param missingKeys per field, the message key for a value that is missing or too small
     */
    void require(Object input, List<String> order, Map<String, String> missingKeys) {
        validator.validate(input).stream()
                .min(Comparator.comparingInt(violation -> order.indexOf(field(violation))))
                .ifPresent(violation -> {
                    throw refusal(violation, missingKeys);
                });
    }

    private static BusinessRuleException refusal(ConstraintViolation<?> violation, Map<String, String> missingKeys) {
        String field = field(violation);
        return switch (violation.getConstraintDescriptor().getAnnotation()) {
            case Size size -> BusinessRuleException.onField(field, "subsidy.error.tooLong", size.max());
            case Min ignored -> BusinessRuleException.onField(field, "subsidy.error.negativeNumber");
            default -> BusinessRuleException.onField(field, missingKeys.get(field));
        };
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }
}
