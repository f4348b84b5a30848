package nl.ontmoet.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;

/** The coach's private notes of a session: read by nobody but that coach. */
@Entity
@Table(name = "coaching_coach_note")
public class CoachNote extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CoachingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id", nullable = false, updatable = false)
    private UserAccount coach;

    @AuditRedacted
    @Column(name = "note_text", length = CoachingSession.TEXT_LENGTH)
    private String text;

    protected CoachNote() {
    }

    public CoachNote(CoachingSession session, UserAccount coach) {
        this.session = session;
        this.coach = coach;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
