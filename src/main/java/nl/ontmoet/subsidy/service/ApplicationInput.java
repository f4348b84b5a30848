package nl.ontmoet.subsidy.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyScheme;

import java.math.BigDecimal;

/** The content of an application as the coordinator edits it. Parts needed only for submission may stay empty in a draft. */
public class ApplicationInput {

    @NotNull
    private SubsidyScheme scheme;
    @NotBlank
    @Size(max = SubsidyApplication.TITLE_LENGTH)
    private String title;
    @NotNull
    @DecimalMin(value = "0.01", message = "{amount.positive}")
    private BigDecimal requestedAmount;
    @Size(max = SubsidyApplication.TEXT_LENGTH)
    private String purpose;
    @Size(max = SubsidyApplication.TEXT_LENGTH)
    private String activityPlan;
    @Min(0)
    private Integer expectedActivities;
    @Min(0)
    private Integer expectedVisitors;
    @Min(0)
    private Integer expectedVolunteers;
    /** The version of the application this edit started from; null for a new application. */
    private Long version;

    public static ApplicationInput of(SubsidyApplication application) {
        var input = new ApplicationInput();
        input.scheme = application.getScheme();
        input.title = application.getTitle();
        input.requestedAmount = application.getRequestedAmount();
        input.purpose = application.getPurpose();
        input.activityPlan = application.getActivityPlan();
        input.expectedActivities = application.getExpectedActivities();
        input.expectedVisitors = application.getExpectedVisitors();
        input.expectedVolunteers = application.getExpectedVolunteers();
        input.version = application.getVersion();
        return input;
    }

    public SubsidyScheme getScheme() { return scheme; }
    public void setScheme(SubsidyScheme scheme) { this.scheme = scheme; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal requestedAmount) { this.requestedAmount = requestedAmount; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getActivityPlan() { return activityPlan; }
    public void setActivityPlan(String activityPlan) { this.activityPlan = activityPlan; }
    public Integer getExpectedActivities() { return expectedActivities; }
    public void setExpectedActivities(Integer expectedActivities) { this.expectedActivities = expectedActivities; }
    public Integer getExpectedVisitors() { return expectedVisitors; }
    public void setExpectedVisitors(Integer expectedVisitors) { this.expectedVisitors = expectedVisitors; }
    public Integer getExpectedVolunteers() { return expectedVolunteers; }
    public void setExpectedVolunteers(Integer expectedVolunteers) { this.expectedVolunteers = expectedVolunteers; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
