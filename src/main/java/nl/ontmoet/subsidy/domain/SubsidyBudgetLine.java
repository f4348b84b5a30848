package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryAmount;

import java.math.BigDecimal;

/**
 * One line of the budget of the subsidised work: what a bookkeeping category costs or brings in. Keyed by
 * category (one line each) so that the accountability report can set the actual figures beside it.
 */
@Entity
@Table(name = "subsidy_budget_line")
public class SubsidyBudgetLine extends CategoryAmount {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SubsidyApplication application;

    protected SubsidyBudgetLine() {
    }

    public SubsidyBudgetLine(SubsidyApplication application, Category category, BigDecimal amount, String note) {
        super(category, amount, note);
        this.application = application;
    }

    public SubsidyApplication getApplication() {
        return application;
    }
}
