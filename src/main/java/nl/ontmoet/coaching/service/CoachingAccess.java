package nl.ontmoet.coaching.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.CoachAssignment;
import nl.ontmoet.account.service.AccountLookup;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, and which coordinators a coach works with. A coach reads what they wrote for every coordinator
 * they ever coached, but adds or changes something only while the assignment runs.
 */
@Component
@RequiredArgsConstructor
class CoachingAccess {

    private final CurrentUser currentUser;
    private final AccountLookup accounts;
    private final Clock clock;

    long me() {
        return currentUser.id();
    }

    String myName() {
        return currentUser.require().getDisplayName();
    }

    boolean isCoach() {
        return currentUser.hasRole(Role.COACH);
    }

    boolean isCoordinator() {
        return currentUser.hasRole(Role.COORDINATOR);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Coordinators the current coach coaches today. */
    List<UserAccount> activeCoachees() {
        return accounts.assignmentsOfCoach(me()).stream()
                .filter(a -> a.isActiveOn(today()))
                .map(CoachAssignment::getCoordinator)
                .collect(Collectors.toMap(UserAccount::getId, u -> u, (a, b) -> a, LinkedHashMap::new))
                .values().stream().sorted(java.util.Comparator.comparing(UserAccount::getDisplayName)).toList();
    }

    Set<Long> activeCoacheeIds() {
        return activeCoachees().stream().map(UserAccount::getId).collect(Collectors.toSet());
    }

    /** Every coordinator the current coach coaches or once coached, with whether that still runs. */
    LinkedHashMap<UserAccount, Boolean> allCoachees() {
        var result = new LinkedHashMap<UserAccount, Boolean>();
        accounts.assignmentsOfCoach(me()).stream()
                .sorted(java.util.Comparator.comparing(a -> a.getCoordinator().getDisplayName()))
                .forEach(a -> result.merge(a.getCoordinator(), a.isActiveOn(today()), Boolean::logicalOr));
        return result;
    }

    /** The coordinator as a coachee of the current coach (now or earlier), or not found. */
    UserAccount requireCoachee(long coordinatorId) {
        return accounts.assignmentsOfCoach(me()).stream()
                .map(CoachAssignment::getCoordinator)
                .filter(c -> c.getId() == coordinatorId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Coachee", coordinatorId));
    }

    boolean isActiveCoachee(long coordinatorId) {
        return accounts.isCoachOf(me(), coordinatorId, today());
    }

    /** Refuses a change for coordinators whose assignment with the current coach has ended. */
    void requireActiveCoachees(Collection<UserAccount> coordinators) {
        for (var coordinator : coordinators) {
            if (!isActiveCoachee(coordinator.getId())) {
                throw new BusinessRuleException("coaching.error.assignmentEnded", coordinator.getDisplayName());
            }
        }
    }
}
