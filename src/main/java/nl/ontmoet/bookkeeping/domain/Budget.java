package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import nl.ontmoet.centre.domain.Centre;

import java.util.ArrayList;
import java.util.List;

/** The begroting of a centre for one year: one line per category. */
@Entity
@Table(name = "budget")
@AttributeOverride(name = "year", column = @Column(name = "budget_year", nullable = false, updatable = false))
public class Budget extends CentreYearEntity {

    @OneToMany(mappedBy = "budget", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BudgetLine> lines = new ArrayList<>();

    protected Budget() {
    }

    public Budget(Centre centre, int year) {
        super(centre, year);
    }

    public List<BudgetLine> getLines() {
        return lines;
    }
}
