package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.volunteer.domain.AllowanceLimit;
import nl.ontmoet.volunteer.domain.AllowanceLimitRepository;
import nl.ontmoet.volunteer.domain.AllowanceLimits;
import nl.ontmoet.volunteer.domain.AllowancePayment;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.domain.PaymentRow;
import nl.ontmoet.volunteer.domain.Volunteer;
import nl.ontmoet.volunteer.domain.VolunteerLocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Allowances paid to a volunteer by a centre. Every payment is checked against the year's legal limits summed over
 * every centre that pays the volunteer plus what they get elsewhere, and booked as an expense in the paying
 * centre's ledger in the same transaction. The centre's coordinators and admins pay; only an admin pays over a
 * limit, with a reason.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PaymentService {

    public static final String LEDGER_CATEGORY = "VRIJWILLIGERS";

    private final AllowancePaymentRepository payments;
    private final HoursEntryRepository hours;
    private final AllowanceLimitRepository limits;
    private final VolunteerLocks locks;
    private final VolunteerScope scope;
    private final LedgerService ledger;

    public boolean canPay(long centreId) {
        return scope.canRead(centreId);
    }

    /** Admins may pay over a limit, with a reason. */
    public boolean canOverride() {
        return scope.isAdmin();
    }

    public List<PaymentRow> rows(long centreId, long volunteerId) {
        scope.requireReadable(centreId, volunteerId);
        return payments.rows(volunteerId, centreId);
    }

    /** The approved hours of a month at the centre: what a per-hour payment pays for. */
    public BigDecimal approvedHours(long centreId, long volunteerId, YearMonth month) {
        scope.requireReadable(centreId, volunteerId);
        return hours.approvedHours(volunteerId, centreId, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Checks and saves a payment. The volunteer row is locked before anything is summed, in READ COMMITTED, so a
     * payment at another centre that committed while this one waited is counted: two centres paying at once can
     * never pass a limit together.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long pay(long centreId, long volunteerId, PaymentInput input) {
        var engagement = scope.requireReadable(centreId, volunteerId);
        if (engagement.getVolunteer().isErased()) {
            throw new BusinessRuleException("volunteer.error.erased");
        }
        var date = input.paymentDate();
        if (date == null) {
            throw BusinessRuleException.onField("paymentDate", "volunteer.payment.error.dateRequired");
        }
        if (input.kind() == null) {
            throw BusinessRuleException.onField("kind", "volunteer.payment.error.kindRequired");
        }
        var reason = input.overrideReason() == null || input.overrideReason().isBlank() ? null
                : input.overrideReason().strip();
        if (reason != null && !scope.isAdmin()) {
            throw BusinessRuleException.onField("overrideReason", "volunteer.payment.error.overrideAdminOnly");
        }
        if (reason != null && reason.length() > AllowancePayment.REASON_LENGTH) {
            throw BusinessRuleException.onField("overrideReason", "volunteer.payment.error.reasonTooLong",
                    AllowancePayment.REASON_LENGTH);
        }
        Volunteer volunteer = locks.lockById(volunteerId)
                .orElseThrow(() -> new RecordNotFoundException("Volunteer", volunteerId));
        var yearLimits = limits.findByYear(date.getYear()).map(AllowanceLimit::toLimits)
                .orElseThrow(() -> BusinessRuleException.onField("paymentDate", "volunteer.payment.error.noLimits",
                        String.valueOf(date.getYear())));
        var month = YearMonth.from(date);
        BigDecimal paidHours = null;
        BigDecimal rate = null;
        BigDecimal amount;
        if (input.kind() == PaymentKind.HOURLY) {
            if (volunteer.getDateOfBirth() == null) {
                throw BusinessRuleException.onField("kind", "volunteer.payment.error.birthDateMissing");
            }
            paidHours = hours.approvedHours(volunteerId, centreId, month.atDay(1), month.atEndOfMonth());
            if (paidHours.signum() <= 0) {
                throw BusinessRuleException.onField("kind", "volunteer.payment.error.noApprovedHours",
                        monthName(month));
            }
            if (payments.existsInMonth(volunteerId, centreId, PaymentKind.HOURLY, month.atDay(1),
                    month.atEndOfMonth())) {
                throw BusinessRuleException.onField("kind", "volunteer.payment.error.hoursAlreadyPaid",
                        monthName(month));
            }
            rate = requireMoney(input.rate(), "rate");
            var max = yearLimits.maxPerHour(volunteer.getDateOfBirth(), date);
            if (rate.compareTo(max) > 0) {
                throw BusinessRuleException.onField("rate", "volunteer.payment.error.rateAboveMax", max,
                        AllowanceLimits.isAdult(volunteer.getDateOfBirth(), date) ? 1 : 0);
            }
            amount = paidHours.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        } else {
            amount = requireMoney(input.amount(), "amount");
        }
        var breach = yearLimits.check(new AllowanceLimits.Payment(volunteer.getDateOfBirth(), date, amount, paidHours,
                payments.paidBetween(volunteerId, month.atDay(1), month.atEndOfMonth()),
                payments.paidBetween(volunteerId, LocalDate.of(date.getYear(), 1, 1),
                        LocalDate.of(date.getYear(), 12, 31)),
                volunteer.getOtherAllowancePerMonth()));
        var payment = new AllowancePayment(volunteer, engagement.getCentre(), date, input.kind(), paidHours, rate,
                amount);
        if (breach.isPresent()) {
            var b = breach.get();
            if (reason == null) {
                throw BusinessRuleException.onField(input.kind() == PaymentKind.HOURLY ? "rate" : "amount",
                        "volunteer.payment.error." + b.kind().name(), b.limit(), b.excess(), b.remaining());
            }
            payment.overrideLimit(reason, scope.username());
        }
        payment.bookedAs(ledger.bookExpense(centreId, LEDGER_CATEGORY, date, amount,
                "Vrijwilligersvergoeding " + monthName(month), "Vrijwilliger " + volunteerId));
        return payments.saveAndFlush(payment).getId();
    }

    /** Cancels a payment and removes its ledger entry; refused in a closed year. */
    @Transactional
    public void cancel(long centreId, long volunteerId, long paymentId) {
        scope.requireReadable(centreId, volunteerId);
        var payment = payments.findAtCentre(paymentId, volunteerId, centreId)
                .orElseThrow(() -> new RecordNotFoundException("AllowancePayment", paymentId));
        long entryId = payment.getLedgerEntryId();
        payments.delete(payment);
        payments.flush();
        ledger.removeBooked(centreId, entryId);
    }

    private static BigDecimal requireMoney(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0) {
            throw BusinessRuleException.onField(field, "volunteer.payment.error.positive");
        }
        return Amounts.cents(value, field);
    }

    static String monthName(YearMonth month) {
        return Formats.DUTCH.month(month);
    }
}
