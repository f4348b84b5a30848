package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.ClosedYearRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jaarrekening of a centre-year for its board: the staat van baten en lasten per category beside the budget
 * (with the income other features expect, as the budget counts it) and the balance at 31 December. Figures come
 * from grouped queries (budget versus actual, account balances, other features' positions); coaches, who help a
 * coordinator, do not get the board's statement. A year not yet closed is marked provisional.
 */
@Service
@PreAuthorize(Roles.HAS_ADMIN_MANAGER_OR_COORDINATOR)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class YearEndService {

    private final BudgetService budgets;
    private final CategoryRepository categories;
    private final ClosedYearRepository closedYears;
    private final AccountBalances balances;
    private final CentreAccess access;
    private final ObjectProvider<BalanceItemSource> itemSources;
    private final BundleI18NProvider i18n;

    public YearEndStatement statement(long centreId, int year) {
        return statement(access.requireReadable(centreId), year);
    }

    /** The statement as a workbook: signed amounts, totals and the balance's sums as formulas. */
    public DownloadFile xlsx(long centreId, int year) {
        Centre centre = access.requireReadable(centreId);
        var statement = statement(centre, year);
        return new YearEndXlsx(statement, this::dutch).toFile(fileName(centre, year, "xlsx"));
    }

    /** The statement as PDF/A for the board to sign (chair and treasurer). */
    public DownloadFile pdf(long centreId, int year) {
        Centre centre = access.requireReadable(centreId);
        var statement = statement(centre, year);
        return new DownloadFile(fileName(centre, year, "pdf"), DownloadFile.PDF,
                new YearEndPdf(statement, this::dutch, i18n).bytes());
    }

    private YearEndStatement statement(Centre centre, int year) {
        long centreId = centre.getId();
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        budgets.expectedIncome(centreId, year).forEach(e -> expected.merge(e.categoryCode(), e.amount(), BigDecimal::add));
        List<YearEndStatement.Line> income = new ArrayList<>();
        List<YearEndStatement.Line> expenses = new ArrayList<>();
        for (ReportLine line : budgets.report(centreId, year).lines()) {
            BigDecimal budgeted = line.budgeted().add(expected.getOrDefault(line.code(), BigDecimal.ZERO));
            expected.remove(line.code());
            if (budgeted.signum() == 0 && line.actual().signum() == 0) {
                continue;
            }
            if (line.direction() == Direction.INCOME) {
                income.add(new YearEndStatement.Line(line.code(), line.name(), budgeted, line.actual()));
            } else {
                expenses.add(new YearEndStatement.Line(line.code(), line.name(), budgeted.negate(),
                        line.actual().negate()));
            }
        }
        expected.forEach((code, amount) -> income.add(new YearEndStatement.Line(code,
                categories.findByCode(code).map(c -> c.getName()).orElse(code), amount, BigDecimal.ZERO.setScale(2))));
        var accounts = balances.accountsOf(centreId).stream().map(account -> new YearEndStatement.AccountLine(
                account.getName(), account.getIban(), balances.opening(account.getId(), year),
                balances.balanceOn(account.getId(), LocalDate.of(year, 12, 31)))).toList();
        var items = items(centreId, LocalDate.of(year, 12, 31));
        var before = items(centreId, LocalDate.of(year - 1, 12, 31));
        return new YearEndStatement(centreId, centre.getName(), year, !closedYears.isClosed(centreId, year),
                income, expenses, accounts, side(items, BalanceItem.Side.RECEIVABLE), side(items, BalanceItem.Side.PAYABLE),
                total(side(before, BalanceItem.Side.RECEIVABLE)), total(side(before, BalanceItem.Side.PAYABLE)));
    }

    private List<BalanceItem> items(long centreId, LocalDate date) {
        return itemSources.orderedStream().flatMap(source -> source.itemsOn(centreId, date).stream()).toList();
    }

    private static List<BalanceItem> side(List<BalanceItem> items, BalanceItem.Side side) {
        return items.stream().filter(item -> item.side() == side).toList();
    }

    private static BigDecimal total(List<BalanceItem> items) {
        return items.stream().map(BalanceItem::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private String dutch(BalanceItem item) {
        return i18n.getTranslation(item.labelKey(), BundleI18NProvider.DUTCH, item.labelArguments().toArray());
    }

    private static String fileName(Centre centre, int year, String extension) {
        return "jaarrekening-" + centre.getSlug() + "-" + year + "." + extension;
    }
}
