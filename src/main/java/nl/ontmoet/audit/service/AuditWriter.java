package nl.ontmoet.audit.service;

import nl.ontmoet.audit.domain.AuditAction;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/** Inserts audit lines on the connection of the running transaction. */
final class AuditWriter {

    static final int MAX_CHANGES_LENGTH = 8000;
    private static final String INSERT = """
            insert into audit_entry (occurred_at, username, action, entity_type, entity_id, changes)
            values (?, ?, ?, ?, ?, ?)""";

    private AuditWriter() {
    }

    static void write(Connection connection, Clock clock, String username, AuditAction action,
                      String entityType, Object entityId, String changes) throws SQLException {
        try (var statement = connection.prepareStatement(INSERT)) {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, username);
            statement.setString(3, action.name());
            statement.setString(4, entityType);
            statement.setString(5, entityId == null ? null : entityId.toString());
            statement.setString(6, changes == null || changes.length() <= MAX_CHANGES_LENGTH
                    ? changes : changes.substring(0, MAX_CHANGES_LENGTH - 1) + "…");
            statement.executeUpdate();
        }
    }
}
