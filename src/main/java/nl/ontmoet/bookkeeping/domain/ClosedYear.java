package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;

/**
 * The jaarafsluiting of a centre's year. A closed year is read-only; reopening keeps the row (closed =
 * false) with the admin's reason, and the audit trail keeps who closed and reopened when.
 */
@Entity
@Table(name = "closed_year")
public class ClosedYear extends AbstractEntity {

    public static final int REASON_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "reopen_reason", length = REASON_LENGTH)
    private String reopenReason;

    protected ClosedYear() {
    }

    public ClosedYear(Centre centre, int year) {
        this.centre = centre;
        this.year = year;
    }

    public Centre getCentre() {
        return centre;
    }

    public int getYear() {
        return year;
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
