package nl.ontmoet.account.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.domain.CoachAssignmentRepository;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * What other features need of accounts: the account that does something (to stamp on a record they write) and
 * who coaches whom. Open to every logged-in user; each caller decides with its own rules what it may do.
 */
@Service
@PreAuthorize(Roles.IS_AUTHENTICATED)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AccountLookup {

    private final UserAccountRepository accounts;
    private final CoachAssignmentRepository assignments;

    /** A reference to stamp on a record; no query until it is read. */
    public UserAccount reference(long id) {
        return accounts.getReferenceById(id);
    }

    public UserAccount require(long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("UserAccount", id));
    }

    public List<CoachAssignment> assignmentsOfCoach(long coachId) {
        return assignments.findByCoach(coachId);
    }

    public boolean isCoachOf(long coachId, long coordinatorId, LocalDate on) {
        return assignments.isActive(coachId, coordinatorId, on);
    }
}
