package nl.ontmoet.programme.service;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.programme.domain.ActivityType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The municipality's figures of the programme for a year: sessions held (started before now and not cancelled) and
 * their visitors, by grouped queries over every centre.
 */
@Service
@PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProgrammeFigures {

    /** Sessions held, visitors and first-time visitors of one month and activity type. */
    public record MonthAndType(int month, ActivityType type, long sessions, long visitors, long newVisitors) {
    }

    /** Sessions held and visitors of one centre. */
    public record OfCentre(long centreId, long sessions, long visitors) {
    }

    private static final String HELD = """
             from ActivitySession s join s.activity a
            where s.startsAt >= :from and s.startsAt < :to and s.cancelled = false
            """;

    private final EntityManager entityManager;
    private final Clock clock;

    /** Per month and activity type; {@code centreId} null for all centres. */
    public List<MonthAndType> perMonthAndType(int year, Long centreId) {
        var query = entityManager.createQuery("select month(s.startsAt), a.type, count(s), sum(s.visitors),"
                + " sum(s.newVisitors)" + HELD + (centreId == null ? "" : " and a.centre.id = :centre")
                + " group by month(s.startsAt), a.type", Object[].class);
        bindYear(query, year);
        if (centreId != null) {
            query.setParameter("centre", centreId);
        }
        return query.getResultList().stream().map(row -> new MonthAndType(((Number) row[0]).intValue(),
                (ActivityType) row[1], count(row[2]), count(row[3]), count(row[4]))).toList();
    }

    public List<OfCentre> perCentre(int year) {
        var query = entityManager.createQuery("select a.centre.id, count(s), sum(s.visitors)" + HELD
                + " group by a.centre.id", Object[].class);
        bindYear(query, year);
        return query.getResultList().stream()
                .map(row -> new OfCentre(((Number) row[0]).longValue(), count(row[1]), count(row[2]))).toList();
    }

    private void bindYear(jakarta.persistence.TypedQuery<Object[]> query, int year) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime end = LocalDate.of(year + 1, 1, 1).atStartOfDay();
        query.setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay());
        query.setParameter("to", now.isBefore(end) ? now : end);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
