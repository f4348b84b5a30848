package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.subsidy.domain.SubsidyAction;
import nl.ontmoet.subsidy.domain.SubsidyActor;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyLifecycle;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.domain.SubsidyTransitionRepository;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read an application and which part the current user plays towards it; shared by the subsidy services,
 * which call it inside their own transactions. Refusals carry the Dutch message keys.
 */
@Component
@RequiredArgsConstructor
class ApplicationGuard {

    private static final Set<SubsidyAction> MANAGER_DECISIONS = EnumSet.of(SubsidyAction.GRANT, SubsidyAction.REJECT,
            SubsidyAction.REQUEST_CHANGES, SubsidyAction.SETTLE);

    private final SubsidyApplicationRepository applications;
    private final SubsidyTransitionRepository transitions;
    private final CentreAccess centreAccess;
    private final CurrentUser currentUser;

    /** The application with scheme, centre and author; "not found" for whoever may not see its centre. */
    SubsidyApplication readable(long applicationId) {
        return applications.findDetailed(applicationId)
                .filter(a -> centreAccess.canRead(a.getCentre().getId()))
                .orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
    }

    /** The readable application, refused unless the current user may take this action on it now. */
    SubsidyApplication permitting(long applicationId, SubsidyAction action) {
        var application = readable(applicationId);
        require(application, action);
        return application;
    }

    boolean allows(SubsidyApplication application, SubsidyAction action) {
        return SubsidyLifecycle.allowed(application.getStatus(), action, actorFor(application, action));
    }

    void require(SubsidyApplication application, SubsidyAction action) {
        SubsidyActor actor = actorFor(application, action);
        SubsidyStatus state = application.getStatus();
        if (SubsidyLifecycle.allowed(state, action, actor)) {
            return;
        }
        if (actor == SubsidyActor.AUTHOR_MANAGER) {
            throw new BusinessRuleException("subsidy.error.ownApplication");
        }
        if ((action == SubsidyAction.EDIT || action == SubsidyAction.SUBMIT) && actor == SubsidyActor.CENTRE_COORDINATOR) {
            throw new BusinessRuleException("subsidy.error.frozen");
        }
        if (action == SubsidyAction.REPORT && actor == SubsidyActor.CENTRE_COORDINATOR) {
            throw new BusinessRuleException(switch (state) {
                case REPORTED -> "subsidy.error.alreadyReported";
                case SETTLED -> "subsidy.error.reportSettled";
                default -> "subsidy.error.reportNotGranted";
            });
        }
        if (action == SubsidyAction.SETTLE && actor == SubsidyActor.MANAGER && state == SubsidyStatus.GRANTED) {
            throw new BusinessRuleException("subsidy.error.reportFirst");
        }
        throw new BusinessRuleException("subsidy.error.notAllowed");
    }

    /** The part the current user plays towards the application for this action. */
    SubsidyActor actorFor(SubsidyApplication application, SubsidyAction action) {
        long centreId = application.getCentre().getId();
        boolean coordinatorHere = centreAccess.canManage(centreId);
        if (currentUser.hasRole(Role.MANAGER) && (MANAGER_DECISIONS.contains(action) || !coordinatorHere)) {
            return isAuthor(application) ? SubsidyActor.AUTHOR_MANAGER : SubsidyActor.MANAGER;
        }
        if (coordinatorHere) {
            return SubsidyActor.CENTRE_COORDINATOR;
        }
        if (currentUser.hasRole(Role.COORDINATOR)) {
            return SubsidyActor.OTHER_COORDINATOR;
        }
        if (currentUser.hasRole(Role.COACH)) {
            return SubsidyActor.COACH;
        }
        return SubsidyActor.ADMIN;
    }

    private boolean isAuthor(SubsidyApplication application) {
        long me = currentUser.id();
        return application.getAuthor().getId() == me || application.getId() != null
                && transitions.existsByApplication_IdAndActor_IdAndToStatus(application.getId(), me,
                SubsidyStatus.SUBMITTED);
    }
}
