package nl.ontmoet.audit;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.embeddeddb.EmbeddedMariaDb;
import nl.ontmoet.subsidy.SubsidyFixture;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail holds every change, bulk ones included. The application's account may only add lines (grants), and
 * triggers refuse changes and deletions even to the account that owns the schema.
 */
@IntegrationTest
class AppendOnlyAuditIT {

    @Autowired
    SubsidyFixture fixture;
    @Autowired
    SubsidyBudgetService budgets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedMariaDb db;

    @Test
    void copying_a_budget_twice_records_the_deletion_of_every_line_of_the_first_copy() {
        var scheme = fixture.scheme("Audit kopie " + System.nanoTime(), "10000");
        long id = fixture.draft(scheme, "Tweemaal gekopieerd", "3000");
        int copied = fixture.as("coordinator", () -> budgets.copyFromCentreBudget(id));
        List<String> first = lineIds(id);
        assertThat(first).hasSize(copied).isNotEmpty();

        fixture.as("coordinator", () -> budgets.copyFromCentreBudget(id));

        assertThat(lineIds(id)).hasSize(copied).doesNotContainAnyElementsOf(first);
        var deleted = jdbc.queryForList("""
                select entity_id, username from audit_entry
                where entity_type = 'SubsidyBudgetLine' and action = 'DELETE'
                  and entity_id in (%s)""".formatted(String.join(",", first)));
        assertThat(deleted).extracting(row -> row.get("entity_id")).containsExactlyInAnyOrderElementsOf(first);
        assertThat(deleted).extracting(row -> row.get("username")).containsOnly("coordinator");
        long created = jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'SubsidyBudgetLine' and action = 'CREATE'
                  and entity_id in (select id from subsidy_budget_line where application_id = ?)""", Long.class, id);
        assertThat(created).isEqualTo(copied);
    }

    @Test
    void the_application_account_may_neither_change_nor_delete_audit_lines_nor_drop_the_triggers() {
        var before = jdbc.queryForList("select * from audit_entry order by id");
        assertThat(before).isNotEmpty();
        long id = (Long) before.getLast().get("id");

        assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'niemand' where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("UPDATE command denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("DELETE command denied");
        assertThatThrownBy(() -> jdbc.execute("drop trigger audit_entry_no_update"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("drop table audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("alter table ledger_entry add column sneaky int"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("denied");

        List<Map<String, Object>> after = jdbc.queryForList("select * from audit_entry where id <= ? order by id", id);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void even_the_migration_account_that_owns_the_schema_can_neither_change_nor_delete_audit_lines() throws Exception {
        long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        String username = jdbc.queryForObject("select username from audit_entry where id = ?", String.class, id);
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword());
             var statement = connection.createStatement()) {
            for (String change : List.of("update audit_entry set username = 'niemand' where id = " + id,
                    "update audit_entry set changes = null", "delete from audit_entry where id = " + id,
                    "delete from audit_entry")) {
                assertThatThrownBy(() -> statement.executeUpdate(change)).as(change)
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
        assertThat(jdbc.queryForObject("select username from audit_entry where id = ?", String.class, id))
                .isEqualTo(username);
    }

    private List<String> lineIds(long applicationId) {
        return jdbc.queryForList("select id from subsidy_budget_line where application_id = ? order by id",
                Long.class, applicationId).stream().map(String::valueOf).toList();
    }
}
