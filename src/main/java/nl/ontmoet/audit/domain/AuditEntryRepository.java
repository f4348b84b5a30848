package nl.ontmoet.audit.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Read side of the audit trail; there is deliberately no save or delete. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:username is null or (e.username = :username and e.entityType not in :confidential))
              and (:entityType is null or e.entityType = :entityType)
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)
            """)
    Page<AuditEntry> search(@Param("username") String username, @Param("entityType") String entityType,
                            @Param("action") AuditAction action, @Param("from") Instant from,
                            @Param("until") Instant until, @Param("confidential") Collection<String> confidential,
                            Pageable pageable);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);
}
