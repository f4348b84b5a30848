package nl.ontmoet.volunteer.service;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.volunteer.domain.PaymentKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipality's figures of volunteering for a year, counts and sums only (no names): volunteers with approved
 * hours worked in the year, those hours, and the allowances and reimbursements paid in the year (kasstelsel).
 */
@Service
@PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VolunteerFigures {

    public record OfCentre(long centreId, long volunteers, BigDecimal hours, BigDecimal allowances,
                           BigDecimal reimbursements) {
    }

    private final EntityManager entityManager;

    public List<OfCentre> perCentre(int year) {
        Map<Long, Object[]> hours = new HashMap<>();
        entityManager.createQuery("""
                        select h.centre.id, count(distinct h.volunteer.id), sum(h.hours) from HoursEntry h
                         where h.workDate between :from and :to and h.approvedAt is not null
                         group by h.centre.id""", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().forEach(row -> hours.put(((Number) row[0]).longValue(), row));
        Map<Long, BigDecimal[]> paid = new HashMap<>();
        entityManager.createQuery("""
                        select p.centre.id, p.kind, sum(p.amount) from AllowancePayment p
                         where p.paymentDate between :from and :to group by p.centre.id, p.kind""", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().forEach(row -> {
                    var sums = paid.computeIfAbsent(((Number) row[0]).longValue(),
                            id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    int slot = row[1] == PaymentKind.REIMBURSEMENT ? 1 : 0;
                    sums[slot] = sums[slot].add((BigDecimal) row[2]);
                });
        var centres = new java.util.TreeSet<>(hours.keySet());
        centres.addAll(paid.keySet());
        return centres.stream().map(id -> {
            Object[] h = hours.get(id);
            BigDecimal[] p = paid.getOrDefault(id, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            return new OfCentre(id, h == null ? 0 : ((Number) h[1]).longValue(),
                    h == null ? BigDecimal.ZERO : (BigDecimal) h[2], p[0], p[1]);
        }).toList();
    }

    /** Distinct volunteers with approved hours in the year over all centres (one person at two centres counts once). */
    public long volunteers(int year) {
        return entityManager.createQuery("""
                        select count(distinct h.volunteer.id) from HoursEntry h
                         where h.workDate between :from and :to and h.approvedAt is not null""", Long.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult();
    }
}
