package nl.ontmoet.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.security.PasswordChangeRequiredException;
import org.hibernate.StaleStateException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that turns failures into Dutch messages: broken business rules, concurrent edits, unique
 * and foreign-key violations, refused access, an unreachable database. Users never see a stack trace.
 * <p>
 * A database constraint is explained by the i18n key {@code constraint.<name>}; the optional key
 * {@code constraint.<name>.field} names the form field the message belongs to.
 */
@Component
public class ErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);
    private static final Pattern CONSTRAINT = Pattern.compile("\\b((?:uk|fk|ck)_[a-z0-9_]+)");

    private final BundleI18NProvider i18n;

    ErrorMessages(I18NProvider i18n) {
        this.i18n = (BundleI18NProvider) i18n;
    }

    public UserMessage toMessage(Throwable error, Locale locale) {
        if (isDatabaseUnavailable(error)) {
            log.warn("Database not reachable: {}", error.toString());
            return text("error.databaseUnavailable", locale);
        }
        return switch (rootOfInterest(error)) {
            case BusinessRuleException rule -> new UserMessage(rule.getField().orElse(null),
                    i18n.getTranslation(rule.getMessageKey(), locale, rule.getArguments()));
            case OptimisticLockingFailureException ignored -> text("error.concurrentEdit", locale);
            case OptimisticLockException ignored -> text("error.concurrentEdit", locale);
            case StaleStateException ignored -> text("error.concurrentEdit", locale);
            case DataIntegrityViolationException integrity -> constraintMessage(integrity, locale);
            case RecordNotFoundException ignored -> text("error.notFound", locale);
            case PasswordChangeRequiredException ignored -> text("error.passwordChangeFirst", locale);
            case AccessDeniedException ignored -> text("error.accessDenied", locale);
            case ConstraintViolationException violations -> violations.getConstraintViolations().stream()
                    .findFirst()
                    .map(v -> new UserMessage(v.getPropertyPath().toString(), v.getMessage()))
                    .orElseGet(() -> text("error.invalid", locale));
            default -> {
                log.error("Unexpected error", error);
                yield text("error.unexpected", locale);
            }
        };
    }

    /**
     * The database server is down or unreachable: no connection could be had, or the one in use broke (SQL state
     * class 08). When a statement breaks the connection, the pool closes it and the rollback that follows fails with
     * a bare "Connection is closed": that failure is what the caller gets, so it counts too.
     */
    public static boolean isDatabaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof TransactionException && t.getCause() instanceof SQLException sql
                    && sql.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOfInterest(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BusinessRuleException || t instanceof OptimisticLockingFailureException
                    || t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof DataIntegrityViolationException || t instanceof RecordNotFoundException
                    || t instanceof AccessDeniedException || t instanceof ConstraintViolationException) {
                return t;
            }
        }
        return error;
    }

    private UserMessage constraintMessage(DataIntegrityViolationException error, Locale locale) {
        var matcher = CONSTRAINT.matcher(String.valueOf(error.getMostSpecificCause().getMessage()).toLowerCase());
        if (matcher.find()) {
            String key = "constraint." + matcher.group(1);
            if (i18n.hasKey(key)) {
                String fieldKey = key + ".field";
                String field = i18n.hasKey(fieldKey) ? i18n.getTranslation(fieldKey, locale) : null;
                return new UserMessage(field, i18n.getTranslation(key, locale));
            }
            if (matcher.group(1).startsWith("fk_")) {
                return text("error.stillReferenced", locale);
            }
            return text("error.duplicate", locale);
        }
        log.warn("Unrecognised integrity violation", error);
        return text("error.invalid", locale);
    }

    private UserMessage text(String key, Locale locale) {
        return new UserMessage(null, i18n.getTranslation(key, locale));
    }
}
