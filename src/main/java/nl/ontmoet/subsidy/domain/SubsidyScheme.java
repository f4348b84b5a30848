package nl.ontmoet.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AbstractEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A subsidy scheme (subsidieregeling) with its ceiling and application window. */
@Entity
@Table(name = "subsidy_scheme")
public class SubsidyScheme extends AbstractEntity {

    public static final int NAME_LENGTH = 150;
    public static final int CONDITIONS_LENGTH = 4000;
    public static final int REGULATION_LENGTH = 200;
    public static final int ARTICLE_LENGTH = 100;
    public static final int DEFAULT_DECISION_WEEKS = 8;
    public static final int MAX_DECISION_WEEKS = 52;
    public static final int MAX_ADVANCE_PERCENTAGE = 100;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "scheme_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal ceiling;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "report_threshold", nullable = false, precision = 12, scale = 2)
    private BigDecimal reportThreshold;

    @Column(name = "report_deadline")
    private LocalDate reportDeadline;

    @Column(length = CONDITIONS_LENGTH)
    private String conditions;

    /** The regulation (verordening) the scheme rests on, cited in every decision letter (Awb 4:23). */
    @Column(length = REGULATION_LENGTH)
    private String regulation;

    @Column(length = ARTICLE_LENGTH)
    private String article;

    /** The beslistermijn (Awb 4:13): weeks from submission within which a decision is due. */
    @Column(name = "decision_weeks", nullable = false)
    private int decisionWeeks = DEFAULT_DECISION_WEEKS;

    /** The share of a grant paid as an advance on grant (voorschot, Awb 4:95); 0 for none. */
    @Column(name = "advance_percentage", nullable = false)
    private int advancePercentage;

    protected SubsidyScheme() {
    }

    public SubsidyScheme(String name, int year, BigDecimal ceiling, LocalDate opensOn, LocalDate closesOn,
                         BigDecimal reportThreshold, LocalDate reportDeadline, String conditions) {
        update(name, year, ceiling, opensOn, closesOn, reportThreshold, reportDeadline, conditions);
    }

    public final void update(String name, int year, BigDecimal ceiling, LocalDate opensOn, LocalDate closesOn,
                             BigDecimal reportThreshold, LocalDate reportDeadline, String conditions) {
        this.name = name;
        this.year = year;
        this.ceiling = ceiling;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.reportThreshold = reportThreshold;
        this.reportDeadline = reportDeadline;
        this.conditions = conditions;
    }

    public void legalBasis(String regulation, String article) {
        this.regulation = regulation;
        this.article = article;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getCeiling() {
        return ceiling;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public BigDecimal getReportThreshold() {
        return reportThreshold;
    }

    public LocalDate getReportDeadline() {
        return reportDeadline;
    }

    public String getConditions() {
        return conditions;
    }

    public String getRegulation() {
        return regulation;
    }

    public String getArticle() {
        return article;
    }

    public int getDecisionWeeks() {
        return decisionWeeks;
    }

    public void setDecisionWeeks(int decisionWeeks) {
        this.decisionWeeks = decisionWeeks;
    }

    public int getAdvancePercentage() {
        return advancePercentage;
    }

    public void setAdvancePercentage(int advancePercentage) {
        this.advancePercentage = advancePercentage;
    }
}
