package nl.ontmoet.base;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.lang.reflect.Constructor;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMessagesTest {

    private final ErrorMessages messages = newErrorMessages();

    @Test
    void a_concurrent_edit_is_explained_in_dutch() {
        var message = messages.toMessage(new ObjectOptimisticLockingFailureException("Centre", 1L),
                BundleI18NProvider.DUTCH);
        assertThat(message.text()).startsWith("Dit is intussen gewijzigd door iemand anders.");
        assertThat(message.fieldName()).isEmpty();
    }

    @Test
    void a_unique_key_violation_names_the_field_it_belongs_to() {
        var cause = new SQLIntegrityConstraintViolationException(
                "(conn=4) Duplicate entry 'De Nude' for key 'uk_centre_name'");
        var message = messages.toMessage(new DataIntegrityViolationException("could not execute", cause),
                BundleI18NProvider.DUTCH);
        assertThat(message.text()).isEqualTo("Er bestaat al een centrum met deze naam.");
        assertThat(message.fieldName()).contains("name");
    }

    @Test
    void a_foreign_key_violation_on_delete_says_the_record_is_still_in_use() {
        var cause = new SQLIntegrityConstraintViolationException("Cannot delete or update a parent row: "
                + "a foreign key constraint fails (`ontmoet`.`x`, CONSTRAINT `fk_unknown_parent` FOREIGN KEY)");
        var message = messages.toMessage(new DataIntegrityViolationException("x", cause), BundleI18NProvider.DUTCH);
        assertThat(message.text()).isEqualTo("Dit wordt nog gebruikt en kan daarom niet worden verwijderd.");
    }

    @Test
    void a_business_rule_is_translated_with_its_arguments_and_field() {
        var message = messages.toMessage(BusinessRuleException.onField("name", "room.error.nameTaken", "Zaal"),
                BundleI18NProvider.DUTCH);
        assertThat(message.text()).isEqualTo("Dit centrum heeft al een ruimte met de naam Zaal.");
        assertThat(message.fieldName()).contains("name");
    }

    @Test
    void a_call_before_the_admin_set_password_is_replaced_says_what_to_do_first() {
        assertThat(messages.toMessage(new nl.ontmoet.base.security.PasswordChangeRequiredException(),
                BundleI18NProvider.DUTCH).text()).isEqualTo("Kies eerst een eigen wachtwoord (gebruikersmenu, "
                + "Wachtwoord wijzigen); tot dan kunt u niets anders doen.");
    }

    @Test
    void refused_access_and_missing_records_read_alike_to_the_user() {
        assertThat(messages.toMessage(new RecordNotFoundException("Centre", 7), BundleI18NProvider.DUTCH).text())
                .isEqualTo("Niet gevonden, of u heeft er geen toegang toe.");
        assertThat(messages.toMessage(new AccessDeniedException("no"), BundleI18NProvider.DUTCH).text())
                .isEqualTo("U heeft geen toestemming voor deze handeling.");
    }

    @Test
    void an_unreachable_database_is_explained_in_dutch_whichever_layer_reports_it() {
        var refused = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306");
        var noConnection = new SQLTransientConnectionException(
                "embedded-mariadb - Connection is not available, request timed out after 5000ms");
        String expected = "De database is even niet bereikbaar. Uw invoer is bewaard op het scherm; probeer het zo opnieuw.";
        for (Throwable error : java.util.List.of(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", noConnection)),
                new DataAccessResourceFailureException("could not execute statement",
                        new JDBCConnectionException("could not execute statement", refused)),
                new JDBCConnectionException("could not prepare statement", refused),
                new IllegalStateException("wrapped", noConnection),
                new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed", "08000"))),
                new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))))) {
            var message = messages.toMessage(error, BundleI18NProvider.DUTCH);
            assertThat(message.text()).as(error.toString()).isEqualTo(expected);
            assertThat(message.fieldName()).isEmpty();
            assertThat(ErrorMessages.isDatabaseUnavailable(error)).isTrue();
        }
        assertThat(ErrorMessages.isDatabaseUnavailable(new IllegalStateException("NullPointer in Foo.bar"))).isFalse();
        assertThat(ErrorMessages.isDatabaseUnavailable(new DataIntegrityViolationException("uk_centre_name")))
                .isFalse();
        assertThat(ErrorMessages.isDatabaseUnavailable(new JpaSystemException(new TransactionException("x",
                new SQLException("Deadlock found when trying to get lock", "40001"))))).isFalse();
    }

    @Test
    void anything_else_gets_a_generic_message_without_technical_detail() {
        var message = messages.toMessage(new IllegalStateException("NullPointer in Foo.bar"), BundleI18NProvider.DUTCH);
        assertThat(message.text()).doesNotContain("Foo").startsWith("Er ging iets mis.");
    }

    private static ErrorMessages newErrorMessages() {
        try {
            Constructor<ErrorMessages> constructor =
                    ErrorMessages.class.getDeclaredConstructor(com.vaadin.flow.i18n.I18NProvider.class);
            constructor.setAccessible(true);
            return constructor.newInstance(new BundleI18NProvider());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
