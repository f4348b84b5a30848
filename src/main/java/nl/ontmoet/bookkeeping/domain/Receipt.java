package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The receipt (bon, factuur) of a ledger entry, kept in the database so that it is backed up with the
 * bookkeeping. The audit trail notes that the file changed, never its bytes.
 */
@Entity
@Table(name = "ledger_receipt")
public class Receipt extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, unique = true, updatable = false)
    private LedgerEntry entry;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @AuditRedacted
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected Receipt() {
    }

    public Receipt(LedgerEntry entry) {
        this.entry = entry;
    }

    public LedgerEntry getEntry() {
        return entry;
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

    public void replace(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
    }
}
