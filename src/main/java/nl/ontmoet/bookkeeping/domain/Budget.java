package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;

import java.util.ArrayList;
import java.util.List;

/** The begroting of a centre for one year: one line per category. */
@Entity
@Table(name = "budget")
public class Budget extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @OneToMany(mappedBy = "budget", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BudgetLine> lines = new ArrayList<>();

    protected Budget() {
    }

    public Budget(Centre centre, int year) {
        this.centre = centre;
        this.year = year;
    }

    public Centre getCentre() {
        return centre;
    }

    public int getYear() {
        return year;
    }

    public List<BudgetLine> getLines() {
        return lines;
    }
}
