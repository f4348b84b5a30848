package nl.ontmoet.account.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.domain.CoachAssignmentRepository;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.base.security.Sessions;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** User administration: accounts, their roles and coach assignments. Admins only. */
@Service
@PreAuthorize(Roles.HAS_ADMIN)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final CoachAssignmentRepository assignments;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final Sessions sessions;
    private final Clock clock;

    public Page<UserAccount> search(String text, Pageable pageable) {
        var filter = text == null || text.isBlank() ? null : text.trim();
        var page = accounts.search(filter, pageable);
        // Batch fetching loads the roles of the whole page in one query.
        page.forEach(account -> Hibernate.initialize(account.getRoles()));
        return page;
    }

    public UserAccount get(long id) {
        return accounts.findWithRolesById(id).orElseThrow(() -> new RecordNotFoundException("UserAccount", id));
    }

    /** Enabled accounts holding a role, for pickers such as a centre's coordinators. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
    public List<UserAccount> withRole(Role role) {
        return accounts.findEnabledWithRole(role);
    }

    /**
     * Saves an account. A new account needs a password; for an existing one a non-blank password
     * replaces the old one. A password set here must meet the {@link PasswordPolicy} and be changed by its owner
     * at the next login. Admins cannot disable themselves or take away their own admin role.
     */
    @Transactional
    public UserAccount save(UserAccount account, String newPassword) {
        boolean taken = account.isNew()
                ? accounts.existsByUsername(account.getUsername())
                : accounts.existsByUsernameAndIdNot(account.getUsername(), account.getId());
        if (taken) {
            throw BusinessRuleException.onField("username", "account.error.usernameTaken", account.getUsername());
        }
        if (account.getRoles().isEmpty()) {
            throw BusinessRuleException.onField("roles", "account.error.noRole");
        }
        boolean passwordGiven = newPassword != null && !newPassword.isBlank();
        if (account.isNew() && !passwordGiven) {
            throw BusinessRuleException.onField("password", "account.error.passwordRequired");
        }
        if (passwordGiven) {
            passwordPolicy.check("password", newPassword, account.getUsername(), account.getDisplayName());
            account.setPasswordHash(passwordEncoder.encode(newPassword));
            // the admin knows this password, so its owner must replace it at the next login
            account.setMustChangePassword(true);
        }
        if (!account.isNew() && account.getId() == currentUser.id()
                && (!account.isEnabled() || !account.hasRole(Role.ADMIN))) {
            throw new BusinessRuleException("account.error.cannotLockOutSelf");
        }
        if (!account.isNew()) {
            endSessionsOnAccessChange(account, passwordGiven);
        }
        return accounts.save(account);
    }

    /**
     * Removes an account's single sign-on link, e.g. after it was linked to the wrong person at the identity provider.
     * The account's open sessions end; its next single sign-on links again by verified e-mail.
     */
    @Transactional
    public UserAccount unlinkSingleSignOn(long accountId) {
        var account = accounts.findWithRolesById(accountId).orElseThrow(() -> new RecordNotFoundException("UserAccount", accountId));
        if (!account.isLinkedToSingleSignOn()) {
            throw new BusinessRuleException("account.error.notLinked", account.getDisplayName());
        }
        account.unlinkSingleSignOn();
        sessions.endAllOf(account.getUsername());
        return accounts.save(account);
    }

    /** Roles are read at login: blocking, other roles, a new password or name end the account's open sessions. */
    private void endSessionsOnAccessChange(UserAccount edited, boolean passwordGiven) {
        accounts.findWithRolesById(edited.getId()).ifPresent(stored -> {
            boolean changed = passwordGiven || !edited.isEnabled() || !stored.getRoles().equals(edited.getRoles())
                    || !stored.getUsername().equals(edited.getUsername());
            if (changed) {
                sessions.endAllOf(stored.getUsername());
            }
        });
    }

    public List<CoachAssignment> assignmentsOfCoach(long coachId) {
        return assignments.findByCoach(coachId);
    }

    @Transactional
    public CoachAssignment assignCoach(long coachId, long coordinatorId) {
        var coach = get(coachId);
        var coordinator = get(coordinatorId);
        if (!coach.hasRole(Role.COACH)) {
            throw BusinessRuleException.onField("coach", "account.error.notACoach", coach.getDisplayName());
        }
        if (!coordinator.hasRole(Role.COORDINATOR)) {
            throw BusinessRuleException.onField("coordinator", "account.error.notACoordinator",
                    coordinator.getDisplayName());
        }
        var today = LocalDate.now(clock);
        if (assignments.isActive(coachId, coordinatorId, today)) {
            throw BusinessRuleException.onField("coordinator", "account.error.alreadyAssigned",
                    coordinator.getDisplayName());
        }
        return assignments.save(new CoachAssignment(coach, coordinator, today));
    }

    @Transactional
    public void endAssignment(long assignmentId) {
        var assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new RecordNotFoundException("CoachAssignment", assignmentId));
        if (assignment.getEndedOn() == null) {
            assignment.end(LocalDate.now(clock));
        }
    }
}
