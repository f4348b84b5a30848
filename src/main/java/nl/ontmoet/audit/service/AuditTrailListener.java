package nl.ontmoet.audit.service;

import jakarta.persistence.EntityManagerFactory;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;
import nl.ontmoet.base.security.CurrentUser;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Writes a line to the audit trail for every insert, update and delete of a domain entity, and for changed
 * collections (roles, coordinators). It runs inside Hibernate's flush, so the line commits or rolls back
 * together with the change. Values of {@link AuditRedacted} fields and types are never written.
 */
@Component
class AuditTrailListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener, PostCollectionRecreateEventListener {

    private static final Set<String> BOOKKEEPING_FIELDS =
            Set.of("version", "createdAt", "createdBy", "modifiedAt", "modifiedBy");

    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrailListener(EntityManagerFactory entityManagerFactory, CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!(event.getEntity() instanceof AbstractEntity)) {
            return;
        }
        var persister = event.getPersister();
        var changes = new StringJoiner("; ");
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            Object value = event.getState()[i];
            if (value != null && !BOOKKEEPING_FIELDS.contains(names[i]) && !(value instanceof Collection<?>)) {
                changes.add(names[i] + "=" + shown(event.getEntity(), names[i], value));
            }
        }
        write(event.getSession(), AuditAction.CREATE, persister, event.getId(), changes.toString());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof AbstractEntity)) {
            return;
        }
        var persister = event.getPersister();
        String[] names = persister.getPropertyNames();
        Object[] oldState = event.getOldState();
        var changes = new StringJoiner("; ");
        for (int i = 0; i < names.length; i++) {
            Object newValue = event.getState()[i];
            Object oldValue = oldState == null ? null : oldState[i];
            boolean dirty = event.getDirtyProperties() != null
                    ? contains(event.getDirtyProperties(), i)
                    : oldState != null && !Objects.equals(oldValue, newValue);
            if (dirty && !BOOKKEEPING_FIELDS.contains(names[i]) && !(newValue instanceof Collection<?>)) {
                changes.add(names[i] + ": " + shown(event.getEntity(), names[i], oldValue)
                        + " → " + shown(event.getEntity(), names[i], newValue));
            }
        }
        if (changes.length() > 0) {
            write(event.getSession(), AuditAction.UPDATE, persister, event.getId(), changes.toString());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof AbstractEntity) {
            write(event.getSession(), AuditAction.DELETE, event.getPersister(), event.getId(), null);
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        writeCollection(event);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        // A new owner's collections are part of its CREATE line already when empty; list them when not.
        if (owner != null && !event.getCollection().empty()) {
            writeCollection(event);
        }
    }

    private void writeCollection(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (!(owner instanceof AbstractEntity entity) || entity.getId() == null) {
            return;
        }
        PersistentCollection<?> collection = event.getCollection();
        String role = collection.getRole();
        String field = role.substring(role.lastIndexOf('.') + 1);
        var elements = new TreeSet<String>();
        collection.entries(null).forEachRemaining(element -> elements.add(shortValue(element)));
        String text = field + " = " + (redacted(owner, field) ? "(verborgen)" : elements.toString());
        var persister = event.getSession().getEntityPersister(null, owner);
        write(event.getSession(), AuditAction.UPDATE, persister, entity.getId(), text);
    }

    private void write(SharedSessionContractImplementor session, AuditAction action, EntityPersister persister,
                       Object id, String changes) {
        String username = currentUser.username();
        String entityType = persister.getMappedClass().getSimpleName();
        ((EventSource) session).doWork(connection ->
                AuditWriter.write(connection, clock, username, action, entityType, id, changes));
    }

    private static String shown(Object entity, String field, Object value) {
        if (redacted(entity, field)) {
            return "(verborgen)";
        }
        return shortValue(value);
    }

    private static String shortValue(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof AbstractEntity reference) {
            return reference.getClass().getSimpleName().replaceAll("\\$.*", "") + "#" + reference.getId();
        }
        String text = value.toString();
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    static boolean redacted(Object entity, String field) {
        Class<?> type = entity.getClass();
        while (type != null && type != Object.class) {
            if (type.isAnnotationPresent(AuditRedacted.class)) {
                return true;
            }
            try {
                return type.getDeclaredField(field).isAnnotationPresent(AuditRedacted.class);
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            }
        }
        return false;
    }

    private static boolean contains(int[] indexes, int index) {
        for (int i : indexes) {
            if (i == index) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
