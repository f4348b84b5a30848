package nl.ontmoet.audit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.Set;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The audit trail is written by Hibernate's entity events; a bulk statement (JPQL or SQL update/delete) passes
 * them by and would change data without a trace. So changes go through entities, and only the audit feature
 * itself writes SQL (and the lock rows of scheduled jobs, which are no domain data).
 */
class BulkStatementsTest {

    private static final Pattern CHANGING = Pattern.compile("(?is)\\s*(update|delete|insert|merge|truncate)\\b.*");
    private static final Set<String> JDBC_WRITES = Set.of("update", "batchUpdate", "execute");

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.ontmoet");

    @Test
    void no_repository_method_is_a_bulk_change() {
        noMethods().should().beAnnotatedWith(Modifying.class)
                .because("bulk JPQL/SQL changes bypass the audit trail").check(classes);
        methods().that().areAnnotatedWith(Query.class).should(selectOnly())
                .because("bulk JPQL/SQL changes bypass the audit trail").check(classes);
    }

    @Test
    void only_the_audit_feature_writes_with_plain_jdbc_or_mutation_queries() {
        // the scheduled jobs' lock rows (base.schedule) are no domain data: nothing to audit; the data generator
        // (generate profile) fills an empty database for load tests and refuses one that holds centres
        noClasses().that().resideOutsideOfPackages("nl.ontmoet.audit..", "nl.ontmoet.base.schedule..")
                .and().doNotHaveFullyQualifiedName("nl.ontmoet.demo.MunicipalityGenerator")
                .should().callMethodWhere(jdbcWrite())
                .orShould().callMethod(jakarta.persistence.Query.class, "executeUpdate")
                .because("bulk JPQL/SQL changes bypass the audit trail").check(classes);
    }

    private static ArchCondition<JavaMethod> selectOnly() {
        return new ArchCondition<>("run a select, never an update or delete") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String query = method.getAnnotationOfType(Query.class).value();
                if (CHANGING.matcher(query).matches()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " changes rows: " + query));
                }
            }
        };
    }

    private static DescribedPredicate<JavaMethodCall> jdbcWrite() {
        return DescribedPredicate.describe("a JdbcTemplate write", call ->
                (call.getTargetOwner().isAssignableTo(JdbcTemplate.class)
                        || call.getTargetOwner().isAssignableTo(NamedParameterJdbcTemplate.class))
                        && JDBC_WRITES.contains(call.getName()));
    }
}
