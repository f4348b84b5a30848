package nl.ontmoet.dashboard.service;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.domain.SessionStatus;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The start page's figures, each one grouped query over the features' entities (read only). Callers are the
 * services of this package, which check who may see what before asking.
 */
@Component
@RequiredArgsConstructor
class TodayQueries {

    private final EntityManager entityManager;

    /** Sessions that are not cancelled starting in [from, to), and the distinct rooms they use. */
    long[] sessions(long centreId, LocalDateTime from, LocalDateTime to) {
        Object[] row = entityManager.createQuery("""
                        select count(s), count(distinct s.room.id) from ActivitySession s
                        where s.activity.centre.id = :centre and s.cancelled = false
                          and s.startsAt >= :from and s.startsAt < :to
                        """, Object[].class)
                .setParameter("centre", centreId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new long[]{(Long) row[0], (Long) row[1]};
    }

    long hoursToApprove(long centreId) {
        return entityManager.createQuery("""
                        select count(h) from HoursEntry h where h.centre.id = :centre and h.approvedAt is null
                        """, Long.class)
                .setParameter("centre", centreId).getSingleResult();
    }

    Map<SubsidyStatus, Long> applicationsByStatus(long centreId) {
        var result = new EnumMap<SubsidyStatus, Long>(SubsidyStatus.class);
        entityManager.createQuery("""
                        select a.status, count(a) from SubsidyApplication a where a.centre.id = :centre
                        group by a.status
                        """, Object[].class)
                .setParameter("centre", centreId).getResultList()
                .forEach(row -> result.put((SubsidyStatus) row[0], (Long) row[1]));
        return result;
    }

    Map<GoalStatus, Long> goalsOfCoach(long coachId, List<Long> coachees) {
        var result = new EnumMap<GoalStatus, Long>(GoalStatus.class);
        if (coachees.isEmpty()) {
            return result;
        }
        entityManager.createQuery("""
                        select g.status, count(g) from DevelopmentGoal g
                         where g.coach.id = :coach and g.coordinator.id in :coachees group by g.status
                        """, Object[].class)
                .setParameter("coach", coachId).setParameter("coachees", coachees).getResultList()
                .forEach(row -> result.put((GoalStatus) row[0], (Long) row[1]));
        return result;
    }

    /** Requested (everything submitted) and granted amounts per centre for the schemes of one year. */
    Map<Long, BigDecimal[]> subsidiesPerCentre(int year) {
        Map<Long, BigDecimal[]> result = new HashMap<>();
        entityManager.createQuery("""
                        select a.centre.id, sum(a.requestedAmount), sum(a.grantedAmount) from SubsidyApplication a
                        where a.scheme.year = :year and a.status <> :draft group by a.centre.id
                        """, Object[].class)
                .setParameter("year", year).setParameter("draft", SubsidyStatus.DRAFT).getResultList()
                .forEach(row -> result.put((Long) row[0], new BigDecimal[]{(BigDecimal) row[1], (BigDecimal) row[2]}));
        return result;
    }

    /** Budgeted expenses per centre for a year. */
    Map<Long, BigDecimal> budgetedExpensesPerCentre(int year) {
        Map<Long, BigDecimal> result = new HashMap<>();
        entityManager.createQuery("""
                        select l.budget.centre.id, sum(l.amount) from BudgetLine l
                        where l.budget.year = :year and l.category.direction = :expense group by l.budget.centre.id
                        """, Object[].class)
                .setParameter("year", year).setParameter("expense", Direction.EXPENSE).getResultList()
                .forEach(row -> result.put((Long) row[0], (BigDecimal) row[1]));
        return result;
    }

    /** Actual income and expenses per centre for a year: index 0 income, 1 expenses. */
    Map<Long, BigDecimal[]> actualPerCentre(int year) {
        Map<Long, BigDecimal[]> result = new HashMap<>();
        entityManager.createQuery("""
                        select e.centre.id, e.direction, sum(e.amount) from LedgerEntry e
                        where e.entryDate >= :from and e.entryDate < :to group by e.centre.id, e.direction
                        """, Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0],
                        id -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO})
                        [row[1] == Direction.INCOME ? 0 : 1] = (BigDecimal) row[2]);
        return result;
    }

    /** Coaching sessions held in [from, to] with a coordinator of the centre taking part: counts only. */
    Map<Long, Long> coachingSessionsPerCentre(LocalDate from, LocalDate to) {
        Map<Long, Long> result = new HashMap<>();
        entityManager.createQuery("""
                        select c.id, count(distinct s.id) from CoachingSession s join s.participants p,
                               Centre c join c.coordinators u
                        where u.id = p.id and s.status = :held and s.sessionDate between :from and :to
                        group by c.id
                        """, Object[].class)
                .setParameter("held", SessionStatus.HELD).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(row -> result.put((Long) row[0], (Long) row[1]));
        return result;
    }

    List<Centre> activeCentres() {
        return entityManager.createQuery("select c from Centre c where c.active = true order by c.name", Centre.class)
                .getResultList();
    }

    long blockedAccounts() {
        return entityManager.createQuery("select count(u) from UserAccount u where u.enabled = false", Long.class)
                .getSingleResult();
    }

    long failedLoginsSince(Instant since) {
        return entityManager.createQuery("""
                        select count(e) from AuditEntry e where e.action = :fail and e.occurredAt >= :since
                        """, Long.class)
                .setParameter("fail", AuditAction.LOGIN_FAIL).setParameter("since", since).getSingleResult();
    }

    List<FailedLogin> recentFailedLogins(Instant since, int max) {
        return entityManager.createQuery("""
                        select new nl.ontmoet.dashboard.service.FailedLogin(e.username, e.occurredAt)
                        from AuditEntry e where e.action = :fail and e.occurredAt >= :since
                        order by e.occurredAt desc, e.id desc
                        """, FailedLogin.class)
                .setParameter("fail", AuditAction.LOGIN_FAIL).setParameter("since", since)
                .setMaxResults(max).getResultList();
    }
}
