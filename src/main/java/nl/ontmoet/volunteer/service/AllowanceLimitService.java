package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.volunteer.domain.AllowanceLimit;
import nl.ontmoet.volunteer.domain.AllowanceLimitRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The yearly allowance limits: everyone who pays allowances reads them; only admins maintain them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AllowanceLimitService {

    private final AllowanceLimitRepository limits;
    private final Clock clock;

    @PreAuthorize(Roles.HAS_ADMIN)
    public Page<AllowanceLimit> page(Pageable pageable) {
        return limits.findAllBy(pageable);
    }

    public Optional<AllowanceLimit> forYear(int year) {
        return limits.findByYear(year);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** True when no admin has entered the limits of the current calendar year yet: no payments possible then. */
    public boolean currentYearMissing() {
        return limits.findByYear(currentYear()).isEmpty();
    }

    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public AllowanceLimit save(AllowanceLimit limit) {
        long id = limit.isNew() ? -1 : limit.getId();
        if (!limit.isNew() && !limits.existsById(id)) {
            throw new RecordNotFoundException("AllowanceLimit", id);
        }
        if (limit.getYear() == null || limit.getYear() < AllowanceLimit.MIN_YEAR
                || limit.getYear() > AllowanceLimit.MAX_YEAR) {
            throw BusinessRuleException.onField("year", "volunteer.limit.error.year", AllowanceLimit.MIN_YEAR,
                    AllowanceLimit.MAX_YEAR);
        }
        if (limits.existsByYearAndIdNot(limit.getYear(), id)) {
            throw BusinessRuleException.onField("year", "volunteer.limit.error.yearTaken",
                    String.valueOf(limit.getYear()));
        }
        limit.setMaxPerHourAdult(amount("maxPerHourAdult", limit.getMaxPerHourAdult()));
        limit.setMaxPerHourYoung(amount("maxPerHourYoung", limit.getMaxPerHourYoung()));
        limit.setMaxPerMonth(amount("maxPerMonth", limit.getMaxPerMonth()));
        limit.setMaxPerYear(amount("maxPerYear", limit.getMaxPerYear()));
        if (limit.getMaxPerHourYoung().compareTo(limit.getMaxPerHourAdult()) > 0) {
            throw BusinessRuleException.onField("maxPerHourYoung", "volunteer.limit.error.youngAboveAdult");
        }
        if (limit.getMaxPerMonth().compareTo(limit.getMaxPerYear()) > 0) {
            throw BusinessRuleException.onField("maxPerMonth", "volunteer.limit.error.monthAboveYear");
        }
        return limits.saveAndFlush(limit);
    }

    private static BigDecimal amount(String field, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            throw BusinessRuleException.onField(field, "volunteer.limit.error.positive");
        }
        return Amounts.cents(value, field);
    }
}
