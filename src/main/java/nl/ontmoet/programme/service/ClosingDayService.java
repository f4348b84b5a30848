package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.programme.domain.ClosingDay;
import nl.ontmoet.programme.domain.ClosingDayRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/** Days a centre is closed; kept by its coordinators and by admins. Series skip them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ClosingDayService {

    private final ClosingDayRepository closingDays;
    private final CentreAccess access;

    public Page<ClosingDay> page(long centreId, Pageable pageable) {
        access.requireReadable(centreId);
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("day"));
        return closingDays.findByCentreId(centreId, sorted);
    }

    public boolean canEdit(long centreId) {
        return access.canEditDetails(centreId);
    }

    @Transactional
    public ClosingDay add(long centreId, LocalDate day, String reason) {
        var centre = access.requireReadable(centreId);
        access.requireEditableDetails(centreId);
        if (day == null) {
            throw BusinessRuleException.onField("day", "closingDay.error.dayRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "closingDay.error.reasonRequired");
        }
        if (reason.strip().length() > ClosingDay.REASON_LENGTH) {
            throw BusinessRuleException.onField("reason", "closingDay.error.reasonTooLong", ClosingDay.REASON_LENGTH);
        }
        if (closingDays.existsByCentreIdAndDay(centreId, day)) {
            throw BusinessRuleException.onField("day", "closingDay.error.duplicate");
        }
        return closingDays.save(new ClosingDay(centre, day, reason.strip()));
    }

    @Transactional
    public void delete(long closingDayId) {
        var day = closingDays.findById(closingDayId)
                .orElseThrow(() -> new RecordNotFoundException("ClosingDay", closingDayId));
        access.requireEditableDetails(day.getCentre().getId());
        closingDays.delete(day);
    }
}
