package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The budgeted amount of one category in a centre's budget, with an optional note. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends CategoryAmount {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id", nullable = false, updatable = false)
    private Budget budget;

    protected BudgetLine() {
    }

    public BudgetLine(Budget budget, Category category, BigDecimal amount, String note) {
        super(category, amount, note);
        this.budget = budget;
    }

    public Budget getBudget() {
        return budget;
    }

    @Override
    public void setAmount(BigDecimal amount) {
        super.setAmount(amount);
    }

    @Override
    public void setNote(String note) {
        super.setNote(note);
    }
}
