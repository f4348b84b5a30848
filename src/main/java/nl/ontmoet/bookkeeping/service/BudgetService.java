package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.Budget;
import nl.ontmoet.bookkeeping.domain.BudgetLine;
import nl.ontmoet.bookkeeping.domain.BudgetRepository;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.centre.service.CentreAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Begrotingen (one per centre per year) and budget versus actual. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class BudgetService {

    private final BudgetRepository budgets;
    private final CategoryRepository categories;
    private final LedgerEntryRepository entries;
    private final YearCloseService yearClose;
    private final CentreAccess access;
    private final EntityManager entityManager;
    private final ObjectProvider<ExpectedIncomeSource> expectedIncomeSources;
    private final Clock clock;

    /** The budget of a year with a line for every active or budgeted category (empty lines if none yet). */
    public BudgetData budget(long centreId, int year) {
        access.requireReadable(centreId);
        boolean closed = yearClose.isClosed(centreId, year);
        var budget = budgets.findWithLines(centreId, year);
        Map<Long, BudgetLine> byCategory = budget.map(b -> b.getLines().stream()
                .collect(Collectors.toMap(l -> l.getCategory().getId(), Function.identity())))
                .orElse(Map.of());
        List<BudgetLineData> lines = new ArrayList<>();
        for (Category category : categories.findAllByOrderByDirectionAscNameAsc()) {
            var line = byCategory.get(category.getId());
            if (line != null || category.isActive()) {
                lines.add(new BudgetLineData(category.getId(), category.getCode(), category.getName(),
                        category.getDirection(), line == null ? null : line.getAmount(),
                        line == null ? null : line.getNote()));
            }
        }
        lines.sort(java.util.Comparator.comparing((BudgetLineData l) -> l.direction() == Direction.EXPENSE)
                .thenComparing(BudgetLineData::name));
        return new BudgetData(centreId, year, budget.map(Budget::getId).orElse(null),
                budget.map(Budget::getVersion).orElse(0L), closed, lines);
    }

    /** Income other features expect for the centre-year (granted subsidies), read-only in the budget. */
    public List<ExpectedIncome> expectedIncome(long centreId, int year) {
        access.requireReadable(centreId);
        return expectedIncomeSources.orderedStream()
                .flatMap(source -> source.expectedIncome(centreId, year).stream())
                .toList();
    }

    public static BigDecimal total(List<ExpectedIncome> expected) {
        return expected.stream().map(ExpectedIncome::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public boolean canEdit(long centreId) {
        return access.canManage(centreId);
    }

    /** Starts an empty budget; a second budget for the same centre and year is refused. */
    @Transactional
    public BudgetData create(long centreId, int year) {
        newBudget(centreId, year);
        return budget(centreId, year);
    }

    /** Starts this year's budget as a copy of last year's lines (amounts and notes). */
    @Transactional
    public BudgetData copyPreviousYear(long centreId, int year) {
        access.requireReadable(centreId);
        var previous = budgets.findWithLines(centreId, year - 1)
                .orElseThrow(() -> BusinessRuleException.onField("year", "bookkeeping.budget.error.noPrevious",
                        String.valueOf(year - 1)));
        var budget = newBudget(centreId, year);
        for (BudgetLine line : previous.getLines()) {
            budget.getLines().add(new BudgetLine(budget, line.getCategory(), line.getAmount(), line.getNote()));
        }
        budgets.saveAndFlush(budget);
        return budget(centreId, year);
    }

    private Budget newBudget(long centreId, int year) {
        var centre = access.requireReadable(centreId);
        access.requireManageable(centreId);
        BookkeepingRules.requireBudgetYear(year, LocalDate.now(clock));
        yearClose.requireOpen(centreId, year, "year");
        if (budgets.existsByCentreIdAndYear(centreId, year)) {
            throw BusinessRuleException.onField("year", "bookkeeping.budget.error.duplicate", String.valueOf(year));
        }
        return budgets.saveAndFlush(new Budget(centre, year));
    }

    /**
     * Stores the amounts and notes of a budget. {@code expectedVersion} is the version the user started
     * from: when someone else saved meanwhile, the save is refused and nothing is stored.
     */
    @Transactional
    public BudgetData save(long centreId, int year, long expectedVersion, List<BudgetLineData> lines) {
        access.requireReadable(centreId);
        access.requireManageable(centreId);
        yearClose.requireOpen(centreId, year, "year");
        var budget = budgets.findWithLines(centreId, year)
                .orElseThrow(() -> new RecordNotFoundException("Budget", centreId + "/" + year));
        if (budget.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Budget.class, budget.getId());
        }
        Map<Long, BudgetLine> existing = new LinkedHashMap<>();
        budget.getLines().forEach(line -> existing.put(line.getCategory().getId(), line));
        for (BudgetLineData data : lines) {
            String field = "amount-" + data.code();
            BigDecimal amount = BookkeepingRules.requireBudgetAmount(data.amount(), field);
            String note = data.note() == null || data.note().isBlank() ? null : data.note().strip();
            if (note != null && note.length() > BudgetLine.NOTE_LENGTH) {
                throw BusinessRuleException.onField("note-" + data.code(), "bookkeeping.budget.error.noteTooLong",
                        String.valueOf(BudgetLine.NOTE_LENGTH));
            }
            var line = existing.get(data.categoryId());
            if (line == null) {
                if (amount.signum() == 0 && note == null) {
                    continue;
                }
                var category = categories.findById(data.categoryId())
                        .orElseThrow(() -> new RecordNotFoundException("Category", data.categoryId()));
                budget.getLines().add(new BudgetLine(budget, category, amount, note));
            } else {
                line.setAmount(amount);
                line.setNote(note);
            }
        }
        entityManager.lock(budget, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        budgets.saveAndFlush(budget);
        return budget(centreId, year);
    }

    /** Budget versus actual per category for a centre-year, computed by one grouped query. */
    public BudgetReport report(long centreId, int year) {
        access.requireReadable(centreId);
        var rows = entries.budgetVersusActual(centreId, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<ReportLine> lines = rows.stream().map(row -> {
            List<BigDecimal> monthly = new ArrayList<>(12);
            for (int m = 0; m < 12; m++) {
                monthly.add(money(row[7 + m]));
            }
            return new ReportLine(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    Direction.valueOf((String) row[3]), money(row[5]), money(row[6]), List.copyOf(monthly));
        }).toList();
        return new BudgetReport(centreId, year, lines);
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
