package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A centre's application for a subsidy under one scheme. */
@Entity
@Table(name = "subsidy_application")
public class SubsidyApplication extends AbstractEntity {

    public static final int TITLE_LENGTH = 150;
    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", nullable = false)
    private SubsidyScheme scheme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "requested_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal requestedAmount;

    @Column(columnDefinition = "TEXT")
    private String purpose;

    @Column(name = "activity_plan", columnDefinition = "TEXT")
    private String activityPlan;

    @Column(name = "expected_activities")
    private Integer expectedActivities;

    @Column(name = "expected_visitors")
    private Integer expectedVisitors;

    @Column(name = "expected_volunteers")
    private Integer expectedVolunteers;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SubsidyStatus status = SubsidyStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "granted_amount", precision = 12, scale = 2)
    private BigDecimal grantedAmount;

    @Column(name = "grant_conditions", columnDefinition = "TEXT")
    private String grantConditions;

    @Column(name = "decision_reason", columnDefinition = "TEXT")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "report_due_on")
    private LocalDate reportDueOn;

    @Column(name = "final_amount", precision = 12, scale = 2)
    private BigDecimal finalAmount;

    @Column(name = "settlement_remark", columnDefinition = "TEXT")
    private String settlementRemark;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected SubsidyApplication() {
    }

    public SubsidyApplication(Centre centre, UserAccount author) {
        this.centre = centre;
        this.author = author;
    }

    public void updateContent(SubsidyScheme scheme, String title, BigDecimal requestedAmount, String purpose,
                              String activityPlan, Integer expectedActivities, Integer expectedVisitors,
                              Integer expectedVolunteers) {
        this.scheme = scheme;
        this.title = title;
        this.requestedAmount = requestedAmount;
        this.purpose = purpose;
        this.activityPlan = activityPlan;
        this.expectedActivities = expectedActivities;
        this.expectedVisitors = expectedVisitors;
        this.expectedVolunteers = expectedVolunteers;
    }

    public void submitted(Instant at) {
        this.status = SubsidyStatus.SUBMITTED;
        this.submittedAt = at;
    }

    public void decided(SubsidyStatus to, BigDecimal grantedAmount, String conditions, String reason, Instant at) {
        this.status = to;
        this.grantedAmount = grantedAmount;
        this.grantConditions = conditions;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    /** A grant that needs an accountability report by {@code dueOn}; reasons are required for a partial grant. */
    public void grantedWithReport(BigDecimal grantedAmount, String conditions, String reasons, LocalDate dueOn,
                                  Instant at) {
        decided(SubsidyStatus.GRANTED, grantedAmount, conditions, reasons, at);
        this.reportDueOn = dueOn;
    }

    /** Verleend én vastgesteld: below the report threshold the final amount is the granted amount at once. */
    public void grantedAndSettled(BigDecimal grantedAmount, String conditions, String reasons, Instant at) {
        decided(SubsidyStatus.SETTLED, grantedAmount, conditions, reasons, at);
        this.reportDueOn = null;
        this.finalAmount = grantedAmount;
        this.settledAt = at;
    }

    public void reported() {
        this.status = SubsidyStatus.REPORTED;
    }

    public void settled(BigDecimal finalAmount, String remark, Instant at) {
        this.status = SubsidyStatus.SETTLED;
        this.finalAmount = finalAmount;
        this.settlementRemark = remark;
        this.settledAt = at;
    }

    /** Settled in the grant decision itself, without a report. */
    public boolean isPartialGrant() {
        return grantedAmount != null && requestedAmount != null && grantedAmount.compareTo(requestedAmount) < 0;
    }

    public boolean isSettledWithoutReport() {
        return status == SubsidyStatus.SETTLED && reportDueOn == null;
    }

    public LocalDate getReportDueOn() {
        return reportDueOn;
    }

    public BigDecimal getFinalAmount() {
        return finalAmount;
    }

    public String getSettlementRemark() {
        return settlementRemark;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public SubsidyScheme getScheme() {
        return scheme;
    }

    public Centre getCentre() {
        return centre;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getActivityPlan() {
        return activityPlan;
    }

    public Integer getExpectedActivities() {
        return expectedActivities;
    }

    public Integer getExpectedVisitors() {
        return expectedVisitors;
    }

    public Integer getExpectedVolunteers() {
        return expectedVolunteers;
    }

    public SubsidyStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public String getGrantConditions() {
        return grantConditions;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
