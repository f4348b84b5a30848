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

/** The actual costs of one bookkeeping category in an accountability report. */
@Entity
@Table(name = "subsidy_report_line")
public class SubsidyReportLine extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private SubsidyReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    private Category category;

    @Column(name = "actual_amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    protected SubsidyReportLine() {
    }

    SubsidyReportLine(SubsidyReport report, Category category, BigDecimal amount) {
        this.report = report;
        this.category = category;
        this.amount = amount;
    }

    public SubsidyReport getReport() {
        return report;
    }

    public Category getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
