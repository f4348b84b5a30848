package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyLifecycle;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Deciding: managers grant, reject or return a submitted application. The scheme's row is locked first, so two
 * managers deciding at once are handled one after the other and the second sees the first's grant.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidyDecisionService {

    private final SubsidyApplicationRepository applications;
    private final SubsidySchemeRepository schemes;
    private final ApplicationGuard guard;
    private final ApplicationHistory history;
    private final LetterIssuer letters;
    private final PaymentSchedule schedule;

    /**
     * Grants at most the requested amount and at most what remains under the scheme's ceiling; less than requested
     * needs reasons (Awb 3:46). A grant at or above the scheme's report threshold needs a report by
     * {@code reportDueOn} (after today); below it, the grant is settled at once ("verleend én vastgesteld").
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication grant(long applicationId, BigDecimal amount, String conditions, String reasons,
                                    LocalDate reportDueOn) {
        var application = lockedForDecision(applicationId, SubsidyAction.GRANT);
        if (amount == null || amount.signum() <= 0) {
            throw BusinessRuleException.onField("grantedAmount", "subsidy.error.grantPositive");
        }
        BigDecimal granted = Amounts.cents(amount, "grantedAmount");
        if (granted.compareTo(application.getRequestedAmount()) > 0) {
            throw BusinessRuleException.onField("grantedAmount", "subsidy.error.aboveRequested",
                    application.getRequestedAmount());
        }
        String text = SubsidyDraftService.strip(conditions);
        requireFits("conditions", text);
        var scheme = application.getScheme();
        boolean reportRequired = SubsidyLifecycle.reportRequired(granted, scheme.getReportThreshold());
        if (reportRequired && reportDueOn == null) {
            throw BusinessRuleException.onField("reportDueOn", "subsidy.error.reportDueRequired");
        }
        if (reportRequired && !reportDueOn.isAfter(history.today())) {
            throw BusinessRuleException.onField("reportDueOn", "subsidy.error.reportDueInPast");
        }
        BigDecimal remaining = scheme.getCeiling().subtract(applications.grantedUnder(scheme.getId()));
        if (granted.compareTo(remaining) > 0) {
            throw BusinessRuleException.onField("grantedAmount", "subsidy.error.aboveRemaining", remaining);
        }
        String why = SubsidyDraftService.strip(reasons);
        if (why == null && granted.compareTo(application.getRequestedAmount()) < 0) {
            throw BusinessRuleException.onField("reason", "subsidy.error.partialGrantReason",
                    application.getRequestedAmount());
        }
        requireFits("reason", why);
        var addressee = letters.addresseeOf(application);
        SubsidyStatus from = application.getStatus();
        SubsidyStatus to = SubsidyLifecycle.afterGrant(granted, scheme.getReportThreshold());
        Instant now = history.now();
        if (to == SubsidyStatus.GRANTED) {
            application.grantedWithReport(granted, text, why, reportDueOn, now);
        } else {
            application.grantedAndSettled(granted, text, why, now);
        }
        history.record(application, now, from, to, why == null ? text : why);
        schedule.onGrant(application, history.today());
        letters.issue(application, to == SubsidyStatus.GRANTED ? LetterKind.GRANT : LetterKind.GRANT_AND_SETTLEMENT,
                addressee, history.me(), now);
        return applications.saveAndFlush(application);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication reject(long applicationId, String reason) {
        var application = lockedForDecision(applicationId, SubsidyAction.REJECT);
        String text = requireReason(reason);
        var addressee = letters.addresseeOf(application);
        var rejected = refuse(application, SubsidyStatus.REJECTED, text);
        letters.issue(rejected, LetterKind.REJECTION, addressee, history.me(), rejected.getDecidedAt());
        return rejected;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication requestChanges(long applicationId, String reason) {
        var application = lockedForDecision(applicationId, SubsidyAction.REQUEST_CHANGES);
        return refuse(application, SubsidyStatus.CHANGES_REQUESTED, requireReason(reason));
    }

    private SubsidyApplication refuse(SubsidyApplication application, SubsidyStatus to, String reason) {
        SubsidyStatus from = application.getStatus();
        Instant now = history.now();
        application.decided(to, null, null, reason, now);
        history.record(application, now, from, to, reason);
        return applications.saveAndFlush(application);
    }

    private SubsidyApplication lockedForDecision(long applicationId, SubsidyAction action) {
        long schemeId = applications.schemeIdOf(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
        schemes.lockById(schemeId);
        return guard.permitting(applicationId, action);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "subsidy.error.reasonRequired");
        }
        String text = reason.strip();
        requireFits("reason", text);
        return text;
    }

    /** A free text of a decision or settlement: at most {@link SubsidyApplication#TEXT_LENGTH} characters. */
    static void requireFits(String field, String text) {
        if (text != null && text.length() > SubsidyApplication.TEXT_LENGTH) {
            throw BusinessRuleException.onField(field, "subsidy.error.tooLong", SubsidyApplication.TEXT_LENGTH);
        }
    }
}
