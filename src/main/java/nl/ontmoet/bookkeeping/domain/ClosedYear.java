package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.ontmoet.centre.domain.Centre;

/**
 * The jaarafsluiting of a centre's year. A closed year is read-only; reopening keeps the row (closed =
 * false) with the admin's reason, and the audit trail keeps who closed and reopened when.
 */
@Entity
@Table(name = "closed_year")
@AttributeOverride(name = "year", column = @Column(name = "fiscal_year", nullable = false, updatable = false))
public class ClosedYear extends CentreYearEntity {

    public static final int REASON_LENGTH = 500;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "reopen_reason", length = REASON_LENGTH)
    private String reopenReason;

    protected ClosedYear() {
    }

    public ClosedYear(Centre centre, int year) {
        super(centre, year);
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        this.closed = true;
    }

    public void reopen(String reason) {
        this.closed = false;
        this.reopenReason = reason;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
