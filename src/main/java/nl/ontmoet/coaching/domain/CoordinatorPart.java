package nl.ontmoet.coaching.domain;

import jakarta.persistence.FetchType;
import nl.ontmoet.base.domain.AuditRedacted;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;

/**
 * What one coordinator takes from a session (an agreement, a reflection): it belongs to both for good, and the
 * other participants of an intervision never see it.
 */
@MappedSuperclass
public abstract class CoordinatorPart extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CoachingSession session;

    @AuditRedacted
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coordinator_id", nullable = false, updatable = false)
    private UserAccount coordinator;

    protected CoordinatorPart() {
    }

    protected CoordinatorPart(CoachingSession session, UserAccount coordinator) {
        this.session = session;
        this.coordinator = coordinator;
    }

    public CoachingSession getSession() {
        return session;
    }

    public UserAccount getCoordinator() {
        return coordinator;
    }
}
