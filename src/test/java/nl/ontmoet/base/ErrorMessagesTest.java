package nl.ontmoet.base;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.sql.SQLIntegrityConstraintViolationException;
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
