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
import nl.ontmoet.volunteer.domain.HoursEntry;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import nl.ontmoet.volunteer.domain.HoursRow;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Allowances paid to a volunteer by a centre. A payment counts in the calendar month and year in which it is made
 * (kasstelsel); it may pay approved, still unpaid hours worked at the centre up to the payment date, in the same or
 * the previous calendar year, and records which hours it paid. Every payment is checked against the year's legal
 * limits summed over every centre that pays the volunteer plus what they get elsewhere, and booked as an expense in
 * the paying centre's ledger in the same transaction. The centre's coordinators and admins pay; only an admin pays
 * over a limit, with a reason.
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

    /** The approved hours at the centre that a payment on this date may pay: unpaid, worked this or last year. */
    public List<HoursRow> unpaidHours(long centreId, long volunteerId, LocalDate paymentDate) {
        scope.requireReadable(centreId, volunteerId);
        return hours.unpaid(volunteerId, centreId, firstPayableDay(paymentDate), paymentDate);
    }

    /** Hours of the previous calendar year may still be paid in January and later (December's hours in January). */
    static LocalDate firstPayableDay(LocalDate paymentDate) {
        return LocalDate.of(paymentDate.getYear() - 1, 1, 1);
    }

    /**
     * Checks and saves a payment. The volunteer row is locked before anything is summed, in READ COMMITTED, so a
     * payment at another centre that committed while this one waited is counted, and hours paid meanwhile are seen
     * as paid: two payments at once can never pass a limit together or pay the same hours twice.
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
        if (input.kind() == null || !input.kind().isAllowance()) {
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
        var paid = payableHours(centreId, volunteerId, input);
        if (!paid.isEmpty() && volunteer.getDateOfBirth() == null) {
            throw BusinessRuleException.onField("kind", "volunteer.payment.error.birthDateMissing");
        }
        var paidHours = paid.isEmpty() ? null
                : paid.stream().map(HoursEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rate = null;
        BigDecimal amount;
        if (input.kind() == PaymentKind.HOURLY) {
            rate = requireMoney(input.rate(), "rate");
            // down to the cent: never more than hours times rate
            amount = paidHours.multiply(rate).setScale(2, RoundingMode.DOWN);
        } else {
            amount = requireMoney(input.amount(), "amount");
        }
        var month = YearMonth.from(date);
        var worked = paid.stream().map(h -> new AllowanceLimits.WorkedHours(h.getWorkDate(), h.getHours())).toList();
        var breach = yearLimits.check(new AllowanceLimits.Payment(volunteer.getDateOfBirth(), date, amount, worked,
                payments.paidBetween(volunteerId, month.atDay(1), month.atEndOfMonth()),
                payments.paidBetween(volunteerId, LocalDate.of(date.getYear(), 1, 1),
                        LocalDate.of(date.getYear(), 12, 31)),
                volunteer.otherAllowance()));
        var payment = new AllowancePayment(volunteer, engagement.getCentre(), date, input.kind(), paidHours, rate,
                amount);
        if (breach.isPresent()) {
            var b = breach.get();
            if (reason == null) {
                throw BusinessRuleException.onField(input.kind() == PaymentKind.HOURLY ? "rate" : "amount",
                        "volunteer.payment.error." + b.kind().name(), b.limit(), b.excess(), b.remaining(),
                        yearLimits.maxPerHourAdult(), yearLimits.maxPerHourYoung());
            }
            payment.overrideLimit(reason, scope.username());
        }
        payment.bookedAs(ledger.bookExpense(centreId, LEDGER_CATEGORY, date, amount,
                "Vrijwilligersvergoeding " + monthName(month), "Vrijwilliger " + volunteerId));
        long paymentId = payments.saveAndFlush(payment).getId();
        paid.forEach(entry -> entry.paidBy(paymentId));
        hours.saveAllAndFlush(paid);
        return paymentId;
    }

    /** The hours entries the payment pays, all checked: approved, unpaid, at this centre, within the window. */
    private List<HoursEntry> payableHours(long centreId, long volunteerId, PaymentInput input) {
        var date = input.paymentDate();
        var from = firstPayableDay(date);
        if (input.hoursIds().isEmpty()) {
            if (input.kind() != PaymentKind.HOURLY) {
                return List.of();
            }
            var open = hours.unpaidEntries(volunteerId, centreId, from, date);
            if (open.isEmpty()) {
                throw BusinessRuleException.onField("kind", "volunteer.payment.error.noUnpaidHours",
                        Formats.DUTCH.date(from), Formats.DUTCH.date(date));
            }
            return open;
        }
        var ids = new HashSet<>(input.hoursIds());
        var found = hours.findAtCentre(List.copyOf(ids), volunteerId, centreId);
        boolean allPayable = found.size() == ids.size() && found.stream().allMatch(h -> h.isApproved()
                && h.getPaidByPaymentId() == null && !h.getWorkDate().isBefore(from) && !h.getWorkDate().isAfter(date));
        if (!allPayable) {
            throw BusinessRuleException.onField("hours", "volunteer.payment.error.hoursNotPayable",
                    Formats.DUTCH.date(from), Formats.DUTCH.date(date));
        }
        return found;
    }

    /** Set when an admin paid the volunteer over a limit in the year, at any centre: the whole year is taxable. */
    public Optional<TaxableYear> taxableYear(long centreId, long volunteerId, int year) {
        scope.requireReadable(centreId, volunteerId);
        var from = LocalDate.of(year, 1, 1);
        var to = LocalDate.of(year, 12, 31);
        return payments.overriddenBetween(volunteerId, from, to)
                ? Optional.of(new TaxableYear(year, payments.paidBetween(volunteerId, from, to))) : Optional.empty();
    }

    /** Cancels a payment (or a reimbursement) and removes its ledger entry; its hours are unpaid again. */
    @Transactional
    public void cancel(long centreId, long volunteerId, long paymentId) {
        scope.requireReadable(centreId, volunteerId);
        var payment = payments.findAtCentre(paymentId, volunteerId, centreId)
                .orElseThrow(() -> new RecordNotFoundException("AllowancePayment", paymentId));
        long entryId = payment.getLedgerEntryId();
        var paidHours = hours.paidBy(paymentId);
        paidHours.forEach(entry -> entry.paidBy(null));
        hours.saveAllAndFlush(paidHours);
        payments.delete(payment);
        payments.flush();
        ledger.removeBooked(centreId, entryId);
    }

    static BigDecimal requireMoney(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0) {
            throw BusinessRuleException.onField(field, "volunteer.payment.error.positive");
        }
        return Amounts.cents(value, field);
    }

    static String monthName(YearMonth month) {
        return Formats.DUTCH.month(month);
    }
}
