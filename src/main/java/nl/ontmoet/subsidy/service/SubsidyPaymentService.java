package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.service.LedgerCorrectionService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.domain.PaymentKind;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyPayment;
import nl.ontmoet.subsidy.domain.SubsidyPaymentRepository;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payments of a subsidy (Awb 4:95 advances, the payment after settlement) and repayments (terugvordering, 4:57).
 * Everyone who reads the application sees its lines; managers mark them paid, add an advance and decide a
 * repayment. A payment to the centre is booked as income (category subsidie) in its ledger in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyPaymentService {

    static final String SUBSIDY_CATEGORY = "SUBSIDIE";

    private final SubsidyPaymentRepository payments;
    private final SubsidyApplicationRepository applications;
    private final SubsidySchemeRepository schemes;
    private final ApplicationGuard guard;
    private final ApplicationHistory history;
    private final LetterIssuer letters;
    private final LedgerService ledger;
    private final LedgerCorrectionService corrections;
    private final CurrentUser currentUser;
    private final com.vaadin.flow.i18n.I18NProvider i18n;

    @PreAuthorize("isAuthenticated()")
    public PaymentOverview overview(long applicationId) {
        var application = guard.readable(applicationId);
        var lines = payments.findByApplicationIdOrderByDueOnAscIdAsc(applicationId);
        BigDecimal paid = PaymentSchedule.paidToCentre(lines);
        BigDecimal balance = application.getStatus() == SubsidyStatus.SETTLED
                ? application.getFinalAmount().subtract(paid) : null;
        BigDecimal recoverable = balance == null ? null
                : balance.negate().subtract(PaymentSchedule.recovered(lines)).max(Amounts.ZERO);
        return new PaymentOverview(lines, paid, balance, recoverable, currentUser.hasRole(Role.MANAGER));
    }

    /**
     * Marks a line paid on {@code paidOn} (today or earlier) with the bank's reference; a payment to the centre is
     * booked as its income. A line is paid once: marking it again is refused.
     */
    @Transactional
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyPayment markPaid(long paymentId, LocalDate paidOn, String reference) {
        var payment = payments.lockById(paymentId)
                .orElseThrow(() -> new RecordNotFoundException("Payment", paymentId));
        var application = guard.readable(payment.getApplication().getId());
        if (payment.isPaid()) {
            throw BusinessRuleException.onField("paidOn", "subsidy.error.alreadyPaid",
                    Formats.DUTCH.date(payment.getPaidOn()));
        }
        if (paidOn == null) {
            throw BusinessRuleException.onField("paidOn", "subsidy.error.paidOnRequired");
        }
        if (paidOn.isAfter(history.today())) {
            throw BusinessRuleException.onField("paidOn", "subsidy.error.paidOnFuture");
        }
        String ref = SubsidyDraftService.strip(reference);
        if (ref != null && ref.length() > SubsidyPayment.REFERENCE_LENGTH) {
            throw BusinessRuleException.onField("reference", "subsidy.error.tooLong", SubsidyPayment.REFERENCE_LENGTH);
        }
        Long entryId = null;
        if (payment.getKind().toCentre()) {
            entryId = ledger.bookIncome(application.getCentre().getId(), SUBSIDY_CATEGORY, paidOn,
                    payment.getAmount(), i18n.getTranslation("subsidy.payment.ledger." + payment.getKind().name(),
                            BundleI18NProvider.DUTCH, application.getTitle()),
                    application.getScheme().getName(), ref, application.getId());
        } else {
            entryId = bookRepayment(application, payment, paidOn, ref);
        }
        payment.paid(paidOn, ref, entryId);
        return payments.saveAndFlush(payment);
    }

    /**
     * A repayment received leaves the centre's bank: booked as a correction of the last subsidy income this grant
     * brought in, so the centre's subsidy income and the subsidy's own report show what it kept. Without such an
     * entry (a grant paid outside the application) nothing is booked.
     */
    private Long bookRepayment(SubsidyApplication application, SubsidyPayment repayment, LocalDate paidOn, String ref) {
        return payments.findByApplicationIdOrderByDueOnAscIdAsc(application.getId()).stream()
                .filter(line -> line.getKind().toCentre() && line.getLedgerEntryId() != null)
                .reduce((first, second) -> second)
                .map(income -> corrections.bookReturn(application.getCentre().getId(), income.getLedgerEntryId(),
                        paidOn, repayment.getAmount().negate(), i18n.getTranslation("subsidy.payment.ledger.REPAYMENT",
                                BundleI18NProvider.DUTCH, application.getTitle()), ref))
                .orElse(null);
    }

    /** An extra advance (an instalment) while the grant runs: at most what of the grant is not yet scheduled. */
    @Transactional
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyPayment addAdvance(long applicationId, BigDecimal amount, LocalDate dueOn) {
        lockScheme(applicationId);
        var application = guard.readable(applicationId);
        if (application.getStatus() != SubsidyStatus.GRANTED && application.getStatus() != SubsidyStatus.REPORTED) {
            throw new BusinessRuleException("subsidy.error.advanceNotGranted");
        }
        BigDecimal value = positive(amount, "subsidy.error.advancePositive");
        BigDecimal rest = application.getGrantedAmount().subtract(PaymentSchedule.scheduledToCentre(
                payments.findByApplicationIdOrderByDueOnAscIdAsc(applicationId)));
        if (value.compareTo(rest) > 0) {
            throw BusinessRuleException.onField("amount", "subsidy.error.advanceAboveRest", rest);
        }
        if (dueOn == null) {
            throw BusinessRuleException.onField("dueOn", "subsidy.error.dueOnRequired");
        }
        return payments.saveAndFlush(new SubsidyPayment(application, PaymentKind.ADVANCE, dueOn, value, null));
    }

    /**
     * The repayment decision (terugvordering): after settlement, at most what was paid above the settled amount and
     * not yet recovered; with reasons and a payment term after today, and its own letter.
     */
    @Transactional
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyPayment recover(long applicationId, BigDecimal amount, LocalDate dueOn, String reason) {
        lockScheme(applicationId);
        var overview = overview(applicationId);
        var application = guard.readable(applicationId);
        if (overview.recoverable() == null) {
            throw new BusinessRuleException("subsidy.error.recoverNotSettled");
        }
        BigDecimal value = positive(amount, "subsidy.error.repaymentPositive");
        if (value.compareTo(overview.recoverable()) > 0) {
            throw BusinessRuleException.onField("amount", "subsidy.error.repaymentAbovePaid",
                    overview.recoverable());
        }
        if (dueOn == null || !dueOn.isAfter(history.today())) {
            throw BusinessRuleException.onField("dueOn", "subsidy.error.repaymentDue");
        }
        String why = SubsidyDraftService.strip(reason);
        if (why == null) {
            throw BusinessRuleException.onField("reason", "subsidy.error.reasonRequired");
        }
        SubsidyDecisionService.requireFits("reason", why);
        var addressee = letters.addresseeOf(application);
        var repayment = payments.saveAndFlush(new SubsidyPayment(application, PaymentKind.REPAYMENT, dueOn, value,
                why));
        letters.issue(application, LetterKind.REPAYMENT, addressee, history.me(), history.now());
        return repayment;
    }

    private void lockScheme(long applicationId) {
        long schemeId = applications.schemeIdOf(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
        schemes.lockById(schemeId);
    }

    private static BigDecimal positive(BigDecimal amount, String key) {
        if (amount == null || amount.signum() <= 0) {
            throw BusinessRuleException.onField("amount", key);
        }
        return Amounts.cents(amount, "amount");
    }
}
