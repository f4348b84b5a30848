package nl.ontmoet.subsidy.service;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The municipality's subsidy figures of a year per centre, each counted in the year its step was taken (Amsterdam
 * time): applications submitted and the amount asked, grants decided and the amount granted, rejections, and
 * settlements with the amount settled.
 */
@Service
@PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyFigures {

    public record OfCentre(long centreId, long submitted, BigDecimal requested, long granted, BigDecimal grantedAmount,
                           long rejected, long settled, BigDecimal settledAmount) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public List<OfCentre> perCentre(int year) {
        var query = entityManager.createQuery("""
                select a.centre.id,
                       sum(case when a.submittedAt >= :from and a.submittedAt < :to then 1 else 0 end),
                       sum(case when a.submittedAt >= :from and a.submittedAt < :to then a.requestedAmount else 0 end),
                       sum(case when a.grantedAmount is not null and a.decidedAt >= :from and a.decidedAt < :to
                                then 1 else 0 end),
                       sum(case when a.grantedAmount is not null and a.decidedAt >= :from and a.decidedAt < :to
                                then a.grantedAmount else 0 end),
                       sum(case when a.status = :rejected and a.decidedAt >= :from and a.decidedAt < :to
                                then 1 else 0 end),
                       sum(case when a.settledAt >= :from and a.settledAt < :to then 1 else 0 end),
                       sum(case when a.settledAt >= :from and a.settledAt < :to then a.finalAmount else 0 end)
                  from SubsidyApplication a
                 where a.submittedAt < :to
                 group by a.centre.id
                 order by a.centre.id""", Object[].class);
        query.setParameter("from", startOf(year)).setParameter("to", startOf(year + 1))
                .setParameter("rejected", SubsidyStatus.REJECTED);
        return query.getResultList().stream().map(row -> new OfCentre(((Number) row[0]).longValue(), count(row[1]),
                money(row[2]), count(row[3]), money(row[4]), count(row[5]), count(row[6]), money(row[7])))
                .filter(c -> c.submitted + c.granted + c.rejected + c.settled > 0)
                .toList();
    }

    private Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
