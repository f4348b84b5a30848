package nl.ontmoet.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file kept in the database, so that it is backed up with the records it belongs to (receipts, attachments).
 * The audit trail notes that the file changed, never its bytes.
 */
@MappedSuperclass
public abstract class StoredFile extends AbstractEntity {

    public static final int FILE_NAME_LENGTH = 200;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @AuditRedacted
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

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

    protected void store(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
    }
}
