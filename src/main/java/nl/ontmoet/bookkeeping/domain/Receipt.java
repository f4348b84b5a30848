package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.StoredFile;

/** The receipt (bon, factuur) of a ledger entry. */
@Entity
@Table(name = "ledger_receipt")
public class Receipt extends StoredFile {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, unique = true, updatable = false)
    private LedgerEntry entry;

    protected Receipt() {
    }

    public Receipt(LedgerEntry entry) {
        this.entry = entry;
    }

    public LedgerEntry getEntry() {
        return entry;
    }

    public void replace(String fileName, String contentType, byte[] content) {
        store(fileName, contentType, content);
    }
}
