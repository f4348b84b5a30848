package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.service.BookkeepingRules;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.CategoryService;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLine;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLineRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The budget of the subsidised work in an application: one line per bookkeeping category. Changed only while
 * the application's content may change (its centre's coordinators, before submission or after a change
 * request); read by whoever may read the application.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyBudgetService {

    private final ApplicationGuard guard;
    private final SubsidyBudgetLineRepository lines;
    private final CategoryService categories;
    private final BudgetService centreBudgets;

    @PreAuthorize("isAuthenticated()")
    public ApplicationBudget budget(long applicationId) {
        var application = guard.readable(applicationId);
        var rows = lines.ofApplication(applicationId).stream().map(SubsidyBudgetService::row).toList();
        return new ApplicationBudget(rows, guard.allows(application, SubsidyAction.EDIT));
    }

    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public BudgetLineRow addLine(long applicationId, BudgetLineInput input) {
        var application = editable(applicationId);
        if (input.getCategory() == null || input.getCategory().getId() == null) {
            throw BusinessRuleException.onField("category", "subsidy.budget.error.categoryRequired");
        }
        long categoryId = input.getCategory().getId();
        var category = categories.all().stream().filter(c -> c.getId() == categoryId).findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("category", "subsidy.budget.error.categoryRequired"));
        if (input.getAmount() == null) {
            throw BusinessRuleException.onField("amount", "subsidy.budget.error.amountRequired");
        }
        BigDecimal amount = BookkeepingRules.requireBudgetAmount(input.getAmount(), "amount");
        String note = input.getNote() == null || input.getNote().isBlank() ? null : input.getNote().strip();
        if (note != null && note.length() > SubsidyBudgetLine.NOTE_LENGTH) {
            throw BusinessRuleException.onField("note", "subsidy.error.tooLong", SubsidyBudgetLine.NOTE_LENGTH);
        }
        if (lines.existsByApplication_IdAndCategory_Id(applicationId, category.getId())) {
            throw BusinessRuleException.onField("category", "subsidy.budget.error.duplicate", category.getName());
        }
        return row(lines.saveAndFlush(new SubsidyBudgetLine(application, category, amount, note)));
    }

    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public void removeLine(long applicationId, long lineId) {
        editable(applicationId);
        var line = lines.findById(lineId).filter(l -> l.getApplication().getId() == applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Budget line", lineId));
        lines.delete(line);
        lines.flush();
    }

    /**
     * Replaces the lines by those of the centre's own budget for the scheme's year (categories with an amount
     * or a note). Refused, with the year in the message, when the centre has no budget for that year.
     *
     * @return the number of lines copied
     */
    @Transactional
    @PreAuthorize(Roles.HAS_COORDINATOR)
    public int copyFromCentreBudget(long applicationId) {
        var application = editable(applicationId);
        int year = application.getScheme().getYear();
        var centreBudget = centreBudgets.budget(application.getCentre().getId(), year);
        var copied = centreBudget.lines().stream()
                .filter(l -> l.amount() != null && l.amount().signum() > 0)
                .toList();
        if (!centreBudget.exists() || copied.isEmpty()) {
            throw new BusinessRuleException("subsidy.budget.error.noCentreBudget", String.valueOf(year));
        }
        var byId = categories.all().stream()
                .collect(Collectors.toMap(Category::getId, Function.identity()));
        // One delete per line (a dozen at most), so that each is in the audit trail; flushed before the
        // inserts, which Hibernate would otherwise run first against the unique (application, category).
        lines.deleteAll(lines.ofApplication(applicationId));
        lines.flush();
        lines.saveAllAndFlush(copied.stream().map(l -> new SubsidyBudgetLine(application, byId.get(l.categoryId()),
                l.amount(), l.note())).toList());
        return copied.size();
    }

    private SubsidyApplication editable(long applicationId) {
        return guard.permitting(applicationId, SubsidyAction.EDIT);
    }

    private static BudgetLineRow row(SubsidyBudgetLine line) {
        var category = line.getCategory();
        return new BudgetLineRow(line.getId(), category.getCode(), category.getName(), category.getDirection(),
                line.getAmount(), line.getNote());
    }

    /** The categories a line may use: the active ones, expenses first. */
    @PreAuthorize("isAuthenticated()")
    public List<Category> categories() {
        return categories.active(null);
    }
}
