package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One step in an application's history: who moved it from which state to which, when and why. Never changed. */
@Entity
@Table(name = "subsidy_transition")
public class SubsidyTransition extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false, updatable = false)
    private UserAccount actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20, updatable = false)
    private SubsidyStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private SubsidyStatus toStatus;

    @Column(name = "comment_text", length = SubsidyApplication.TEXT_LENGTH, updatable = false)
    private String comment;

    protected SubsidyTransition() {
    }

    public SubsidyTransition(SubsidyApplication application, UserAccount actor, Instant occurredAt,
                             SubsidyStatus fromStatus, SubsidyStatus toStatus, String comment) {
        this.application = application;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public UserAccount getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SubsidyStatus getFromStatus() {
        return fromStatus;
    }

    public SubsidyStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
