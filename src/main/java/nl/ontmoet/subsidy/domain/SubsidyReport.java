package nl.ontmoet.subsidy.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.bookkeeping.domain.Category;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The verantwoording of a granted application: actual costs per category, achieved results and an
 * explanation. Written once, when the coordinator submits it; never changed afterwards.
 */
@Entity
@Table(name = "subsidy_report")
public class SubsidyReport extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false, unique = true)
    private SubsidyApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submitted_by", nullable = false, updatable = false)
    private UserAccount submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "actual_activities", nullable = false, updatable = false)
    private int actualActivities;

    @Column(name = "actual_visitors", nullable = false, updatable = false)
    private int actualVisitors;

    @Column(name = "actual_volunteers", nullable = false, updatable = false)
    private int actualVolunteers;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String explanation;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<SubsidyReportLine> lines = new ArrayList<>();

    protected SubsidyReport() {
    }

    public SubsidyReport(SubsidyApplication application, UserAccount submittedBy, Instant submittedAt,
                         int actualActivities, int actualVisitors, int actualVolunteers, String explanation) {
        this.application = application;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.actualActivities = actualActivities;
        this.actualVisitors = actualVisitors;
        this.actualVolunteers = actualVolunteers;
        this.explanation = explanation;
    }

    public void addLine(Category category, BigDecimal amount) {
        lines.add(new SubsidyReportLine(this, category, amount));
    }

    public BigDecimal totalCosts() {
        return lines.stream().map(SubsidyReportLine::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public SubsidyApplication getApplication() {
        return application;
    }

    public UserAccount getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getActualActivities() {
        return actualActivities;
    }

    public int getActualVisitors() {
        return actualVisitors;
    }

    public int getActualVolunteers() {
        return actualVolunteers;
    }

    public String getExplanation() {
        return explanation;
    }

    public List<SubsidyReportLine> getLines() {
        return lines;
    }
}
