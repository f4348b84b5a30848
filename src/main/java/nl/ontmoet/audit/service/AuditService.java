package nl.ontmoet.audit.service;

import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.audit.domain.AuditEntryRepository;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEntryRepository entries;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Set<String> confidentialTypes;

    AuditService(AuditEntryRepository entries, JdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
                 List<ConfidentialAuditTypes> confidential) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        var types = new TreeSet<String>();
        confidential.forEach(source -> types.addAll(source.entityTypes()));
        types.add(NO_TYPE);
        this.confidentialTypes = Collections.unmodifiableSet(types);
    }

    /** The trail, filtered and paged in the database; confidential lines without who, which and what. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public Page<AuditLine> search(AuditFilter filter, Pageable pageable) {
        return entries.search(filter.usernameOrNull(), filter.entityTypeOrNull(), filter.action(),
                filter.from(), filter.until(), confidentialTypes, pageable)
                .map(entry -> AuditLine.of(entry, confidentialTypes.contains(entry.getEntityType())));
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    public List<String> entityTypes() {
        return entries.entityTypes();
    }

    /** Records that the current user read a confidential record; the content itself is never logged. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordRead(String entityType, Object entityId) {
        jdbc.execute((java.sql.Connection connection) -> {
            AuditWriter.write(connection, clock, currentUser.username(), AuditAction.READ, entityType, entityId, null);
            return null;
        });
    }

    /** Keeps the list of confidential types non-empty for the query; no line has this type. */
    private static final String NO_TYPE = "-";

    public record AuditFilter(String username, String entityType, AuditAction action, Instant from, Instant until) {

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null, null);
        }

        String usernameOrNull() {
            return username == null || username.isBlank() ? null : username.trim().toLowerCase();
        }

        String entityTypeOrNull() {
            return entityType == null || entityType.isBlank() ? null : entityType;
        }
    }

}
