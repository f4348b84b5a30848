package nl.ontmoet.base.embeddeddb;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;

/**
 * Right after each migration, before anything else uses the database, the migration account gives the application's
 * account its rows table by table: SELECT, INSERT, UPDATE and DELETE, but on {@code audit_entry} only SELECT and
 * INSERT. The application's account can change no table's structure, no trigger and no grant.
 */
final class ApplicationGrants implements BeanPostProcessor {

    static final String AUDIT_TABLE = "audit_entry";

    private final ObjectProvider<EmbeddedMariaDb> embeddedMariaDb;

    ApplicationGrants(ObjectProvider<EmbeddedMariaDb> embeddedMariaDb) {
        this.embeddedMariaDb = embeddedMariaDb;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase) {
            grant(embeddedMariaDb.getObject());
        }
        return bean;
    }

    static void grant(EmbeddedMariaDb db) {
        String account = EmbeddedMariaDb.account(db.username());
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword());
             var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (table.toUpperCase().startsWith("DATABASECHANGELOG")) {
                    continue;
                }
                String privileges = AUDIT_TABLE.equals(table) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
                statement.execute("GRANT " + privileges + " ON `" + table + "` TO " + account);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's account its tables", e);
        }
    }
}
