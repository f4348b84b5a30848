package nl.ontmoet.audit.service;

import java.util.Set;

/**
 * Audit lines that are confidential between the people involved (coaching). The log viewer shows that such a
 * record was created, changed, read or deleted, and when, but not by whom, which one or what; and filtering by a
 * username never finds them. The trail itself keeps the full line.
 */
public interface ConfidentialAuditTypes {

    /** Entity types as written in the trail: the entity's simple class name, or the name given to a recorded read. */
    Set<String> entityTypes();
}
