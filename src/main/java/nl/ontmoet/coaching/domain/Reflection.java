package nl.ontmoet.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AuditRedacted;

/** A coordinator's own reflection on a session, shared with the coach but not with other participants. */
@Entity
@Table(name = "coaching_reflection")
public class Reflection extends CoordinatorPart {

    @AuditRedacted
    @Column(name = "reflection_text", nullable = false, length = CoachingSession.TEXT_LENGTH)
    private String text;

    protected Reflection() {
    }

    public Reflection(CoachingSession session, UserAccount coordinator) {
        super(session, coordinator);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
