package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * A decision letter as it was sent: the PDF/A made when the decision was taken, with its kenmerk and send date
 * (dagtekening). Written once and never changed or rebuilt, whatever happens to the scheme or the centre later.
 */
@Entity
@Immutable
@Table(name = "subsidy_letter")
public class SubsidyLetter extends AbstractEntity {

    public static final int REFERENCE_LENGTH = 40;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 30)
    private LetterKind kind;

    @Column(nullable = false, updatable = false, unique = true, length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @AuditRedacted
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected SubsidyLetter() {
    }

    public SubsidyLetter(SubsidyApplication application, LetterKind kind, String reference, LocalDate sentOn,
                         byte[] content) {
        this.application = application;
        this.kind = kind;
        this.reference = reference;
        this.sentOn = sentOn;
        this.fileName = kind.filePrefix() + "-" + reference + ".pdf";
        this.content = content.clone();
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
