package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.bookkeeping.domain.Category;

import java.math.BigDecimal;

/**
 * One line of the budget of the subsidised work: what a bookkeeping category costs or brings in. Keyed by
 * category (one line each) so that the accountability report can set the actual figures beside it.
 */
@Entity
@Table(name = "subsidy_budget_line")
public class SubsidyBudgetLine extends AbstractEntity {

    public static final int NOTE_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    private Category category;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected SubsidyBudgetLine() {
    }

    public SubsidyBudgetLine(SubsidyApplication application, Category category, BigDecimal amount, String note) {
        this.application = application;
        this.category = category;
        this.amount = amount;
        this.note = note;
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public Category getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
