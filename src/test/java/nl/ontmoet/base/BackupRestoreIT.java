package nl.ontmoet.base;

import nl.ontmoet.OwnDatabaseTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.embeddeddb.EmbeddedMariaDb;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.ReceiptUpload;
import nl.ontmoet.centre.domain.CentreRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The backup and restore commands of the README, run for real against a running embedded database: after a wipe
 * and a restore every row, every file's bytes and the audit triggers are back.
 */
class BackupRestoreIT extends OwnDatabaseTest {

    @Autowired
    EmbeddedMariaDb db;
    @Autowired
    LedgerService ledger;
    @Autowired
    CentreRepository centres;
    @Autowired
    CategoryRepository categories;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_backup_made_while_the_application_runs_restores_every_row_every_receipt_byte_and_the_audit_triggers()
            throws Exception {
        byte[] receipt = receiptWithEveryByteValue();
        long entryId = bookWithReceipt(receipt);
        Map<String, Long> before = rowCounts();
        assertThat(before).containsKeys("ledger_entry", "ledger_receipt", "audit_entry", "DATABASECHANGELOG");
        Path backup = Files.createTempDirectory("ontmoet-backup-").resolve("ontmoet.sql");

        run("scripts/backup.sh", backup.toString());
        wipe();
        assertThat(rowCounts()).isEmpty();
        run("scripts/restore.sh", backup.toString());

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select content from ledger_receipt where entry_id = ?", byte[].class, entryId))
                .isEqualTo(receipt);
        long lastAudit = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        try (var owner = ownerConnection(); var statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update audit_entry set username = 'niemand' where id = "
                    + lastAudit)).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_entry where id = " + lastAudit))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'niemand' where id = ?", lastAudit))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("UPDATE command denied");
        assertThat(bookWithReceipt(receipt)).as("the application writes as before").isGreaterThan(entryId);
    }

    /** A PNG header followed by every byte value (quotes, backslashes, NULs) and random bytes. */
    private static byte[] receiptWithEveryByteValue() {
        byte[] content = new byte[8 + 256 + 4096];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, content, 0, 8);
        for (int i = 0; i < 256; i++) {
            content[8 + i] = (byte) i;
        }
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        System.arraycopy(random, 0, content, 8 + 256, random.length);
        return content;
    }

    private long bookWithReceipt(byte[] receipt) {
        long centreId = centres.findBySlug("huis-van-de-wijk-de-nude").orElseThrow().getId();
        var category = categories.findByCode("ONDERHOUD").orElseThrow();
        return users.as("coordinator", () -> {
            var entry = ledger.newEntry(centreId);
            entry.setEntryDate(TestClock.TODAY.minusDays(1));
            entry.setDirection(category.getDirection());
            entry.setCategory(category);
            entry.setAmount(new BigDecimal("45.67"));
            entry.setDescription("Bon voor de back-up");
            return ledger.save(entry, new ReceiptUpload("bon.png", receipt)).getId();
        });
    }

    private Map<String, Long> rowCounts() {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' order by table_name""", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        return counts;
    }

    /** Drops and recreates the schema, as a lost or broken database would leave it. */
    private void wipe() throws Exception {
        String database = jdbc.queryForObject("select database()", String.class);
        try (var connection = ownerConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "`");
        }
    }

    /** The migration account, which owns the schema (the scripts use it too). */
    private java.sql.Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword());
    }

    private void run(String script, String file) throws Exception {
        var process = new ProcessBuilder("bash", script, file)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        process.environment().put("ONTMOET_DATA_DIR", db.directory().toString());
        var running = process.start();
        assertThat(running.waitFor(120, TimeUnit.SECONDS)).as("%s finished", script).isTrue();
        assertThat(running.exitValue()).as("exit code of %s", script).isZero();
    }
}
