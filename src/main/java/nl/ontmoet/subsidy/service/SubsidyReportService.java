package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import jakarta.persistence.EntityManager;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.ReportLine;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLine;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLineRepository;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyReport;
import nl.ontmoet.subsidy.domain.SubsidyReportRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The verantwoording: the centre's coordinator reports actual costs per expense category (pre-filled from the
 * ledger entries assigned to this subsidy, with the income assigned to it shown beside them) and achieved results, once,
 * for a granted application. The report is frozen from then on.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyReportService {

    private final SubsidyApplicationRepository applications;
    private final SubsidyReportRepository reports;
    private final ApplicationGuard guard;
    private final ApplicationHistory history;
    private final BudgetService budgets;
    private final LedgerService ledger;
    private final SubsidyBudgetLineRepository budgetLines;
    private final EntityManager entityManager;

    /**
     * A new report for a granted application: per expense category the entries assigned to this subsidy filled in
     * (costs not assigned may be added by hand and explained), and the income assigned to it.
     */
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public ReportInput prefilled(long applicationId) {
        var application = guard.permitting(applicationId, SubsidyAction.REPORT);
        Map<Long, BigDecimal> budgeted = budgetLines.ofApplication(applicationId).stream()
                .collect(Collectors.toMap(line -> line.getCategory().getId(), SubsidyBudgetLine::getAmount));
        Map<Long, BigDecimal> assigned = ledger.assignedPerCategory(application.getCentre().getId(), applicationId);
        var input = new ReportInput();
        for (ReportLine line : expenseLines(application).values()) {
            var cost = new ReportCost(line.categoryId(), line.code(), line.name(),
                    assigned.getOrDefault(line.categoryId(), Amounts.ZERO));
            cost.setBudgeted(budgeted.get(line.categoryId()));
            input.getCosts().add(cost);
        }
        budgets.report(application.getCentre().getId(), application.getScheme().getYear()).lines().stream()
                .filter(line -> line.direction() == Direction.INCOME && assigned.containsKey(line.categoryId()))
                .forEach(line -> input.getIncomes().add(new ReportCost(line.categoryId(), line.code(), line.name(),
                        assigned.get(line.categoryId()))));
        return input;
    }

    /**
     * Submits the report once. The application's row is locked first, so of two submissions at once the second
     * waits and is refused as already reported.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public SubsidyReport submit(long applicationId, ReportInput input) {
        applications.lockById(applicationId);
        var application = guard.permitting(applicationId, SubsidyAction.REPORT);
        int activities = requireCount("actualActivities", input.getActualActivities());
        int visitors = requireCount("actualVisitors", input.getActualVisitors());
        int volunteers = requireCount("actualVolunteers", input.getActualVolunteers());
        String explanation = SubsidyDraftService.strip(input.getExplanation());
        if (explanation == null) {
            throw BusinessRuleException.onField("explanation", "subsidy.error.explanationRequired");
        }
        SubsidyDecisionService.requireFits("explanation", explanation);
        Map<Long, ReportLine> expenses = expenseLines(application);
        Instant now = history.now();
        var report = new SubsidyReport(application, history.me(), now, activities, visitors, volunteers, explanation);
        for (ReportCost cost : input.getCosts()) {
            if (cost.getAmount() == null || cost.getAmount().signum() < 0) {
                throw BusinessRuleException.onField(cost.field(), "subsidy.error.costNegative", cost.getName());
            }
            if (!expenses.containsKey(cost.getCategoryId())) {
                throw BusinessRuleException.onField(cost.field(), "subsidy.error.costCategory");
            }
            BigDecimal amount = Amounts.cents(cost.getAmount(), cost.field());
            if (amount.signum() > 0) {
                report.addLine(entityManager.getReference(Category.class, cost.getCategoryId()), amount);
            }
        }
        reports.save(report);
        application.reported();
        history.record(application, now, SubsidyStatus.GRANTED, SubsidyStatus.REPORTED, null);
        applications.saveAndFlush(application);
        return report;
    }

    private Map<Long, ReportLine> expenseLines(SubsidyApplication application) {
        return budgets.report(application.getCentre().getId(), application.getScheme().getYear()).lines().stream()
                .filter(line -> line.direction() == Direction.EXPENSE)
                .collect(Collectors.toMap(ReportLine::categoryId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static int requireCount(String field, Integer value) {
        if (value == null) {
            throw BusinessRuleException.onField(field, "subsidy.error.resultRequired");
        }
        if (value < 0) {
            throw BusinessRuleException.onField(field, "subsidy.error.negativeNumber");
        }
        return value;
    }
}
