package nl.ontmoet.subsidy.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.ontmoet.subsidy.domain.SubsidyApplication;

import java.util.ArrayList;
import java.util.List;

/**
 * An accountability report as the coordinator fills it in: actual costs per expense category (pre-filled from
 * the ledger), achieved results and an explanation.
 */
public class ReportInput {

    @Min(0)
    private Integer actualActivities;
    @Min(0)
    private Integer actualVisitors;
    @Min(0)
    private Integer actualVolunteers;
    @Size(max = SubsidyApplication.TEXT_LENGTH)
    private String explanation;
    private List<ReportCost> costs = new ArrayList<>();
    /** Income assigned to the subsidy per category, shown beside the costs; the ledger keeps it. */
    private final List<ReportCost> incomes = new ArrayList<>();

    public Integer getActualActivities() {
        return actualActivities;
    }

    public void setActualActivities(Integer actualActivities) {
        this.actualActivities = actualActivities;
    }

    public Integer getActualVisitors() {
        return actualVisitors;
    }

    public void setActualVisitors(Integer actualVisitors) {
        this.actualVisitors = actualVisitors;
    }

    public Integer getActualVolunteers() {
        return actualVolunteers;
    }

    public void setActualVolunteers(Integer actualVolunteers) {
        this.actualVolunteers = actualVolunteers;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public List<ReportCost> getCosts() {
        return costs;
    }

    public void setCosts(List<ReportCost> costs) {
        this.costs = costs;
    }

    public List<ReportCost> getIncomes() {
        return incomes;
    }
}
