package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.volunteer.domain.AllowanceLimitRepository;
import nl.ontmoet.volunteer.domain.AllowanceLimits;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Volunteers of a centre who received 80 % or more of the year limit, summed over every centre and the other
 * organisations (in the months of their period), so a coordinator sees in time who can hardly be paid any more;
 * and, apart, those an admin paid over a limit, whose whole year is taxable. Coordinators of the centre and admins.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NearLimitService {

    private final AllowancePaymentRepository payments;
    private final AllowanceLimitRepository limits;
    private final VolunteerScope scope;

    /** Empty when the year has no limits. */
    public Optional<List<NearLimitLine>> nearLimit(long centreId, int year) {
        if (!scope.canRead(centreId)) {
            throw new RecordNotFoundException("Centre", centreId);
        }
        return limits.findByYear(year).map(limit -> {
            AllowanceLimits l = limit.toLimits();
            return payments.nearYearLimit(List.of(centreId), year, l.maxPerYear()).stream().map(row -> {
                var other = row.other().inYear(year);
                var percent = l.yearUsagePercent(row.paidInYear(), other);
                boolean atLimit = row.paidInYear().add(other).compareTo(l.maxPerYear()) >= 0;
                return new NearLimitLine(row.volunteerId(), row.name(), row.paidInYear(), other, percent, atLimit,
                        row.overriddenInYear());
            }).filter(line -> line.overLimit() || l.nearYearLimit(line.paidInYear(), line.otherInYear())).toList();
        });
    }
}
