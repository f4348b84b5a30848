package nl.ontmoet.base.ui;

import lombok.RequiredArgsConstructor;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a save or delete and, when it is refused, shows why: at the field it concerns where there is one,
 * and always as a notification. The form keeps what the user typed, so nothing is lost on a refusal.
 */
@Component
@RequiredArgsConstructor
public class FormErrors {

    private final ErrorMessages messages;

    /** @return true when the action succeeded */
    public boolean attempt(Binder<?> binder, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException error) {
            show(binder, error);
            return false;
        }
    }

    /** @return what the action returned, or empty when it was refused (and the refusal is shown) */
    public <R> Optional<R> attemptGet(Binder<?> binder, Supplier<R> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException error) {
            show(binder, error);
            return Optional.empty();
        }
    }

    /**
     * For fields without a binder: clears their errors, runs the action and on a refusal marks the field it names
     * (by the service's field name, a key of {@code fields}).
     *
     * @return true when the action succeeded
     */
    public boolean attemptOnFields(Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (RuntimeException error) {
            var message = messages.toMessage(error, UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
            message.fieldName().map(fields::get).ifPresent(field -> {
                field.setErrorMessage(message.text());
                field.setInvalid(true);
            });
            Notifications.error(message.text());
            return false;
        }
    }

    public void show(Binder<?> binder, Throwable error) {
        var locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        var message = messages.toMessage(error, locale);
        message.fieldName()
                .flatMap(field -> binder == null ? Optional.empty() : binder.getBinding(field))
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .ifPresent(field -> {
                    field.setErrorMessage(message.text());
                    field.setInvalid(true);
                });
        Notifications.error(message.text());
    }
}
