package nl.ontmoet.audit.service;

import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.audit.domain.AuditEntry;

import java.time.Instant;

/**
 * One line of the audit log as an admin reads it. For a confidential type, {@code username}, {@code entityId} and
 * {@code changes} are null and {@code confidential} is true.
 */
public record AuditLine(Instant occurredAt, String username, AuditAction action, String entityType, String entityId,
                        String changes, boolean confidential) {

    static AuditLine of(AuditEntry entry, boolean confidential) {
        return confidential
                ? new AuditLine(entry.getOccurredAt(), null, entry.getAction(), entry.getEntityType(), null, null, true)
                : new AuditLine(entry.getOccurredAt(), entry.getUsername(), entry.getAction(), entry.getEntityType(),
                        entry.getEntityId(), entry.getChanges(), false);
    }
}
