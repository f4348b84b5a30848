package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The vaststelling: after the report, a manager who did not write the application fixes the final amount, at
 * most the granted amount; the difference is to be repaid by the centre.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidySettlementService {

    private final SubsidyApplicationRepository applications;
    private final ApplicationGuard guard;
    private final ApplicationHistory history;
    private final LetterIssuer letters;
    private final PaymentSchedule schedule;

    @Transactional
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication settle(long applicationId, BigDecimal finalAmount, String remark) {
        var application = guard.permitting(applicationId, SubsidyAction.SETTLE);
        if (finalAmount == null) {
            throw BusinessRuleException.onField("finalAmount", "subsidy.error.finalRequired");
        }
        BigDecimal amount = Amounts.cents(finalAmount, "finalAmount");
        if (amount.signum() < 0) {
            throw BusinessRuleException.onField("finalAmount", "subsidy.error.finalNegative");
        }
        if (amount.compareTo(application.getGrantedAmount()) > 0) {
            throw BusinessRuleException.onField("finalAmount", "subsidy.error.finalAboveGranted",
                    application.getGrantedAmount());
        }
        String text = SubsidyDraftService.strip(remark);
        if (text == null && amount.compareTo(application.getGrantedAmount()) < 0) {
            throw BusinessRuleException.onField("remark", "subsidy.error.remarkRequired");
        }
        SubsidyDecisionService.requireFits("remark", text);
        var addressee = letters.addresseeOf(application);
        Instant now = history.now();
        SubsidyStatus from = application.getStatus();
        application.settled(amount, text, now);
        history.record(application, now, from, SubsidyStatus.SETTLED, text);
        schedule.onSettlement(application, history.today());
        letters.issue(application, LetterKind.SETTLEMENT, addressee, history.me(), now);
        return applications.saveAndFlush(application);
    }
}
