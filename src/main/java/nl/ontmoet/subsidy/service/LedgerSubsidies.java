package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.service.SubsidyAssignments;
import nl.ontmoet.bookkeeping.service.SubsidyChoice;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyPaymentRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The subsidies a ledger entry may be assigned to: granted ones of the entry's centre whose report is still due.
 * Called by the ledger inside its own access check (the caller manages or reads the centre).
 */
@Component
@RequiredArgsConstructor
class LedgerSubsidies implements SubsidyAssignments {

    private final SubsidyApplicationRepository applications;
    private final SubsidyPaymentRepository payments;

    @Override
    @Transactional(readOnly = true)
    public List<SubsidyChoice> assignable(long centreId) {
        return applications.ofCentreInStatus(centreId, SubsidyStatus.GRANTED).stream()
                .map(a -> new SubsidyChoice(a.getId(), labelOf(a))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public String label(long centreId, long applicationId) {
        return applications.findDetailed(applicationId).filter(a -> a.getCentre().getId().equals(centreId))
                .map(LedgerSubsidies::labelOf)
                .orElse(String.valueOf(applicationId));
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(long centreId, long applicationId) {
        var application = applications.findDetailed(applicationId).orElseThrow(() ->
                BusinessRuleException.onField("subsidyApplicationId", "subsidy.error.assignNotGranted"));
        if (!application.getCentre().getId().equals(centreId)) {
            throw BusinessRuleException.onField("subsidyApplicationId", "subsidy.error.assignOtherCentre");
        }
        if (application.getStatus() != SubsidyStatus.GRANTED) {
            throw BusinessRuleException.onField("subsidyApplicationId", "subsidy.error.assignNotGranted");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isBookedPayment(long entryId) {
        return payments.existsByLedgerEntryId(entryId);
    }

    private static String labelOf(SubsidyApplication application) {
        return application.getTitle() + " (" + application.getScheme().getName() + ")";
    }
}
