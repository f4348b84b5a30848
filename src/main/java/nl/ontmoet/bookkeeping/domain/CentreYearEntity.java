package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;

/** What a centre has once per year (its budget, its year close); a subclass names the year's column. */
@MappedSuperclass
public abstract class CentreYearEntity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(nullable = false, updatable = false)
    private int year;

    protected CentreYearEntity() {
    }

    protected CentreYearEntity(Centre centre, int year) {
        this.centre = centre;
        this.year = year;
    }

    public Centre getCentre() {
        return centre;
    }

    public int getYear() {
        return year;
    }
}
