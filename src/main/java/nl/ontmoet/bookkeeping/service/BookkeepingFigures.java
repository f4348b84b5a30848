package nl.ontmoet.bookkeeping.service;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.domain.Direction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipality's budget versus actual for a year: per category over all centres or one, and per centre, each by
 * a grouped query over the budget lines and one over the ledger.
 */
@Service
@PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class BookkeepingFigures {

    public record OfCategory(String name, Direction direction, BigDecimal budgeted, BigDecimal actual) {
    }

    public record OfCentre(long centreId, BigDecimal income, BigDecimal expenses, BigDecimal budgetedExpenses) {
    }

    private final EntityManager entityManager;

    /** Categories with a budget or an entry in the year, income first; {@code centreId} null for all centres. */
    public List<OfCategory> perCategory(int year, Long centreId) {
        String centre = centreId == null ? "" : " and b.centre.id = :centre";
        var budgeted = entityManager.createQuery("select l.category.id, sum(l.amount) from BudgetLine l join l.budget b"
                + " where b.year = :year" + centre + " group by l.category.id", Object[].class)
                .setParameter("year", year);
        var actual = entityManager.createQuery("select e.category.id, sum(e.amount) from LedgerEntry e"
                + " where e.entryDate between :from and :to" + centre.replace("b.", "e.")
                + " group by e.category.id", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
        if (centreId != null) {
            budgeted.setParameter("centre", centreId);
            actual.setParameter("centre", centreId);
        }
        Map<Long, BigDecimal[]> sums = new LinkedHashMap<>();
        budgeted.getResultList().forEach(row -> slot(sums, row)[0] = (BigDecimal) row[1]);
        actual.getResultList().forEach(row -> slot(sums, row)[1] = (BigDecimal) row[1]);
        return entityManager.createQuery("select c.id, c.name, c.direction from Category c"
                        + " order by c.direction desc, c.name", Object[].class).getResultList().stream()
                .filter(row -> sums.containsKey((Long) row[0]))
                .map(row -> {
                    var s = sums.get((Long) row[0]);
                    return new OfCategory((String) row[1], (Direction) row[2], s[0], s[1]);
                }).toList();
    }

    public List<OfCentre> perCentre(int year) {
        Map<Long, BigDecimal[]> sums = new LinkedHashMap<>();
        entityManager.createQuery("select e.centre.id, e.direction, sum(e.amount) from LedgerEntry e"
                        + " where e.entryDate between :from and :to group by e.centre.id, e.direction", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().forEach(row -> slot(sums, row)[row[1] == Direction.INCOME ? 0 : 1] = (BigDecimal) row[2]);
        entityManager.createQuery("select b.centre.id, sum(l.amount) from BudgetLine l join l.budget b"
                        + " where b.year = :year and l.category.direction = :expense group by b.centre.id", Object[].class)
                .setParameter("year", year).setParameter("expense", Direction.EXPENSE)
                .getResultList().forEach(row -> slot(sums, row)[2] = (BigDecimal) row[1]);
        return sums.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new OfCentre(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private static BigDecimal[] slot(Map<Long, BigDecimal[]> sums, Object[] row) {
        return sums.computeIfAbsent(((Number) row[0]).longValue(),
                id -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
    }
}
