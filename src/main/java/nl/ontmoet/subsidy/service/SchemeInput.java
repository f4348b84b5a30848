package nl.ontmoet.subsidy.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.subsidy.domain.SubsidyScheme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a manager fills in for a scheme; {@code id} is null for a new one. */
public class SchemeInput {

    private Long id;
    @NotBlank
    @Size(max = SubsidyScheme.NAME_LENGTH)
    private String name;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotNull
    @DecimalMin(value = "0.01", message = "{amount.positive}")
    private BigDecimal ceiling;
    @NotNull
    private LocalDate opensOn;
    @NotNull
    private LocalDate closesOn;
    @NotNull
    @DecimalMin(value = "0.00", message = "{amount.not.negative}")
    private BigDecimal reportThreshold = BigDecimal.ZERO;
    private LocalDate reportDeadline;
    @Size(max = SubsidyScheme.CONDITIONS_LENGTH)
    private String conditions;
    @Size(max = SubsidyScheme.REGULATION_LENGTH)
    private String regulation;
    @Size(max = SubsidyScheme.ARTICLE_LENGTH)
    private String article;
    @NotNull
    @Min(1)
    @Max(SubsidyScheme.MAX_DECISION_WEEKS)
    private Integer decisionWeeks = SubsidyScheme.DEFAULT_DECISION_WEEKS;
    @NotNull
    @Min(0)
    @Max(SubsidyScheme.MAX_ADVANCE_PERCENTAGE)
    private Integer advancePercentage = 0;

    public static SchemeInput of(SubsidyScheme scheme) {
        var input = new SchemeInput();
        input.id = scheme.getId();
        input.name = scheme.getName();
        input.year = scheme.getYear();
        input.ceiling = scheme.getCeiling();
        input.opensOn = scheme.getOpensOn();
        input.closesOn = scheme.getClosesOn();
        input.reportThreshold = scheme.getReportThreshold();
        input.reportDeadline = scheme.getReportDeadline();
        input.conditions = scheme.getConditions();
        input.regulation = scheme.getRegulation();
        input.article = scheme.getArticle();
        input.decisionWeeks = scheme.getDecisionWeeks();
        input.advancePercentage = scheme.getAdvancePercentage();
        return input;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getCeiling() { return ceiling; }
    public void setCeiling(BigDecimal ceiling) { this.ceiling = ceiling; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public BigDecimal getReportThreshold() { return reportThreshold; }
    public void setReportThreshold(BigDecimal reportThreshold) { this.reportThreshold = reportThreshold; }
    public LocalDate getReportDeadline() { return reportDeadline; }
    public void setReportDeadline(LocalDate reportDeadline) { this.reportDeadline = reportDeadline; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public String getRegulation() { return regulation; }
    public void setRegulation(String regulation) { this.regulation = regulation; }
    public String getArticle() { return article; }
    public void setArticle(String article) { this.article = article; }
    public Integer getDecisionWeeks() { return decisionWeeks; }
    public void setDecisionWeeks(Integer decisionWeeks) { this.decisionWeeks = decisionWeeks; }
    public Integer getAdvancePercentage() { return advancePercentage; }
    public void setAdvancePercentage(Integer advancePercentage) { this.advancePercentage = advancePercentage; }
}
