package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;

import java.time.Instant;

/**
 * The content of an application exactly as it was submitted the n-th time, as JSON. Written once on
 * submission and never changed, so a reviewer can always see what was asked for when.
 */
@Entity
@Table(name = "subsidy_version")
public class SubsidyVersion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submitted_by", nullable = false, updatable = false)
    private UserAccount submittedBy;

    /** The audit trail notes that a version was written, not this copy of content it has already logged. */
    @AuditRedacted
    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String content;

    protected SubsidyVersion() {
    }

    public SubsidyVersion(SubsidyApplication application, int number, Instant submittedAt, UserAccount submittedBy,
                          String content) {
        this.application = application;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.content = content;
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public UserAccount getSubmittedBy() {
        return submittedBy;
    }

    public String getContent() {
        return content;
    }
}
