package nl.ontmoet.audit;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log names every kind of record in Dutch: each audited type has a label, none is left as a class name. */
class AuditTypeLabelsTest {

    /** The trail's own lines are not audited. Types written by hand rather than by the entity listener: logins and reads of confidential documents. */
    static final Stream<String> WRITTEN_BY_HAND = Stream.of("Login", "CoachingPortfolio", "VolunteerStatement",
            "CoachNote", "Volunteer");

    @Test
    void every_audited_type_has_a_dutch_label() throws IOException {
        var dutch = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/audit_nl.properties")) {
            dutch.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        var entities = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ontmoet").stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .map(c -> c.getSimpleName()).filter(type -> !"AuditEntry".equals(type)).toList();
        assertThat(entities).contains("LedgerEntry", "Engagement", "UserAccount");
        Stream.concat(entities.stream(), WRITTEN_BY_HAND).forEach(type ->
                assertThat(dutch.getProperty("audit.type." + type)).as("audit.type." + type + " in audit_nl")
                        .isNotBlank().isNotEqualTo(type));
    }
}
