package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.volunteer.domain.AllowancePayment;
import nl.ontmoet.volunteer.domain.AllowancePaymentRepository;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.domain.ReimbursementRow;
import nl.ontmoet.volunteer.domain.VolunteerLocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Reimbursement of actual costs with a receipt (onkostenvergoeding). It is no allowance: it uses none of the
 * tax-free room and is checked against no limit, but it is booked in the centre's ledger (with the receipt) under
 * its own category and shown apart on the volunteer's page and yearly statement. Same people as for allowances.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReimbursementService {

    public static final String LEDGER_CATEGORY = "VRIJWILLIGERS_ONKOSTEN";

    private final AllowancePaymentRepository payments;
    private final VolunteerLocks locks;
    private final VolunteerScope scope;
    private final LedgerService ledger;

    public List<ReimbursementRow> rows(long centreId, long volunteerId) {
        scope.requireReadable(centreId, volunteerId);
        return payments.reimbursements(volunteerId, centreId);
    }

    @Transactional
    public long reimburse(long centreId, long volunteerId, ReimbursementInput input) {
        var engagement = scope.requireReadable(centreId, volunteerId);
        if (engagement.getVolunteer().isErased()) {
            throw new BusinessRuleException("volunteer.error.erased");
        }
        if (input.paymentDate() == null) {
            throw BusinessRuleException.onField("paymentDate", "volunteer.payment.error.dateRequired");
        }
        var description = input.description() == null ? "" : input.description().strip();
        if (description.isEmpty()) {
            throw BusinessRuleException.onField("description", "volunteer.reimbursement.error.descriptionRequired");
        }
        if (description.length() > AllowancePayment.DESCRIPTION_LENGTH) {
            throw BusinessRuleException.onField("description", "volunteer.reimbursement.error.descriptionTooLong",
                    AllowancePayment.DESCRIPTION_LENGTH);
        }
        var amount = PaymentService.requireMoney(input.amount(), "amount");
        if (input.receipt() == null) {
            throw BusinessRuleException.onField("receipt", "volunteer.reimbursement.error.receiptRequired");
        }
        var volunteer = locks.lockById(volunteerId)
                .orElseThrow(() -> new RecordNotFoundException("Volunteer", volunteerId));
        var payment = new AllowancePayment(volunteer, engagement.getCentre(), input.paymentDate(),
                PaymentKind.REIMBURSEMENT, null, null, amount);
        payment.describe(description);
        payment.bookedAs(ledger.bookExpense(centreId, LEDGER_CATEGORY, input.paymentDate(), amount,
                "Onkostenvergoeding " + description, "Vrijwilliger " + volunteerId, input.receipt()));
        return payments.saveAndFlush(payment).getId();
    }

    /** The receipt of a reimbursement, kept with its ledger entry. */
    public DownloadFile receipt(long centreId, long volunteerId, long paymentId) {
        scope.requireReadable(centreId, volunteerId);
        var payment = payments.findAtCentre(paymentId, volunteerId, centreId)
                .filter(p -> p.getKind() == PaymentKind.REIMBURSEMENT)
                .orElseThrow(() -> new RecordNotFoundException("AllowancePayment", paymentId));
        return ledger.receipt(payment.getLedgerEntryId());
    }
}
