package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.StoredFile;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file that goes with an application or its report. Never changed. */
@Entity
@Table(name = "subsidy_attachment")
public class SubsidyAttachment extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private AttachmentStage stage;

    protected SubsidyAttachment() {
    }

    public SubsidyAttachment(SubsidyApplication application, AttachmentStage stage, String fileName,
                             String contentType, byte[] content) {
        this.application = application;
        this.stage = stage;
        store(fileName, contentType, content);
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public AttachmentStage getStage() {
        return stage;
    }
}
