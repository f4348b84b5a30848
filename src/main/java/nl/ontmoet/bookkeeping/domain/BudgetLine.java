package nl.ontmoet.bookkeeping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;

import java.math.BigDecimal;

/** The budgeted amount of one category in a budget, with an optional note. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends AbstractEntity {

    public static final int NOTE_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id", nullable = false, updatable = false)
    private Budget budget;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    private Category category;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected BudgetLine() {
    }

    public BudgetLine(Budget budget, Category category, BigDecimal amount, String note) {
        this.budget = budget;
        this.category = category;
        this.amount = amount;
        this.note = note;
    }

    public Budget getBudget() {
        return budget;
    }

    public Category getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
