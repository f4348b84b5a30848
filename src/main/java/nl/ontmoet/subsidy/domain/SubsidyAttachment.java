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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file that goes with an application, kept in the database like bookkeeping receipts. Never changed. */
@Entity
@Table(name = "subsidy_attachment")
public class SubsidyAttachment extends AbstractEntity {

    public static final int FILE_NAME_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private AttachmentStage stage;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @AuditRedacted
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(nullable = false, columnDefinition = "LONGBLOB", updatable = false)
    private byte[] content;

    protected SubsidyAttachment() {
    }

    public SubsidyAttachment(SubsidyApplication application, AttachmentStage stage, String fileName,
                             String contentType, byte[] content) {
        this.application = application;
        this.stage = stage;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public AttachmentStage getStage() {
        return stage;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
