package nl.ontmoet.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;

/** A coordinator's own reflection on a session, shared with the coach but not with other participants. */
@Entity
@Table(name = "coaching_reflection")
public class Reflection extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CoachingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coordinator_id", nullable = false, updatable = false)
    private UserAccount coordinator;

    @AuditRedacted
    @Column(name = "reflection_text", nullable = false, length = CoachingSession.TEXT_LENGTH)
    private String text;

    protected Reflection() {
    }

    public Reflection(CoachingSession session, UserAccount coordinator) {
        this.session = session;
        this.coordinator = coordinator;
    }

    public UserAccount getCoordinator() {
        return coordinator;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
