package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.service.AccountLookup;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.domain.SubsidyTransition;
import nl.ontmoet.subsidy.domain.SubsidyTransitionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
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
    private final SubsidyTransitionRepository transitions;
    private final AccountLookup accounts;
    private final ApplicationGuard guard;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Transactional
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyApplication settle(long applicationId, BigDecimal finalAmount, String remark) {
        var application = guard.readable(applicationId);
        guard.require(application, SubsidyAction.SETTLE);
        if (finalAmount == null) {
            throw BusinessRuleException.onField("finalAmount", "subsidy.error.finalRequired");
        }
        BigDecimal amount = SubsidySchemeService.scale(finalAmount);
        if (amount.signum() < 0) {
            throw BusinessRuleException.onField("finalAmount", "subsidy.error.finalNegative");
        }
        if (amount.compareTo(application.getGrantedAmount()) > 0) {
            throw BusinessRuleException.onField("finalAmount", "subsidy.error.finalAboveGranted",
                    application.getGrantedAmount());
        }
        String text = remark == null || remark.isBlank() ? null : remark.strip();
        if (text == null && amount.compareTo(application.getGrantedAmount()) < 0) {
            throw BusinessRuleException.onField("remark", "subsidy.error.remarkRequired");
        }
        if (text != null && text.length() > SubsidyApplication.TEXT_LENGTH) {
            throw BusinessRuleException.onField("remark", "subsidy.error.tooLong", SubsidyApplication.TEXT_LENGTH);
        }
        Instant now = Instant.now(clock);
        SubsidyStatus from = application.getStatus();
        application.settled(amount, text, now);
        transitions.save(new SubsidyTransition(application, accounts.reference(currentUser.id()), now, from,
                SubsidyStatus.SETTLED, text));
        return applications.saveAndFlush(application);
    }
}
