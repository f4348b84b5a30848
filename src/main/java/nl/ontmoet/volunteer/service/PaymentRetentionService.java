package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import nl.ontmoet.volunteer.domain.PayeeRetention;
import nl.ontmoet.volunteer.domain.PayeeRetentionRepository;
import nl.ontmoet.volunteer.domain.Volunteer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The fiscal retention of payment records (fiscale bewaarplicht, seven years) against the right to erasure: at an
 * erasure the payee's name and date of birth are kept apart ({@link PayeeRetention}) with the payments' amounts and
 * dates, until the end of the seventh calendar year after the last payment; then {@link #purgeEnded()} removes the
 * kept identity, the payments and the hours. The ledger entries stay: they name "Vrijwilliger &lt;id&gt;" only.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PaymentRetentionService {

    private final PayeeRetentionRepository retentions;
    private final AllowancePaymentRepository payments;
    private final HoursEntryRepository hours;
    private final Clock clock;

    /** Keeps who was paid, when the volunteer was ever paid; called by the erasure before it anonymises. */
    void keep(Volunteer volunteer) {
        payments.lastPaymentDate(volunteer.getId())
                .ifPresent(last -> retentions.save(new PayeeRetention(volunteer, last)));
    }

    /** The kept payee of an erased volunteer, for the administration (admins) during the retention period. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public Optional<PayeeRetention> payee(long volunteerId) {
        return retentions.ofVolunteer(volunteerId);
    }

    /** Removes what was kept for the retention period once it has ended; returns for how many volunteers. */
    @Transactional
    public int purgeEnded() {
        var ended = retentions.endedBefore(LocalDate.now(clock));
        for (var retention : ended) {
            long volunteerId = retention.getVolunteer().getId();
            hours.deleteAll(hours.ofVolunteer(volunteerId));
            hours.flush();
            payments.deleteAll(payments.ofVolunteer(volunteerId));
            payments.flush();
            retentions.delete(retention);
        }
        retentions.flush();
        return ended.size();
    }
}
