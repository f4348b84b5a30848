package nl.ontmoet.subsidy.domain;

import java.util.Optional;

/**
 * The whole state machine of an application in one place, without any framework: which action is allowed
 * in which state for whom, and where it leads.
 */
public final class SubsidyLifecycle {

    private SubsidyLifecycle() {
    }

    public static boolean allowed(SubsidyStatus state, SubsidyAction action, SubsidyActor actor) {
        return switch (action) {
            case EDIT, SUBMIT -> actor == SubsidyActor.CENTRE_COORDINATOR
                    && (state == SubsidyStatus.DRAFT || state == SubsidyStatus.CHANGES_REQUESTED);
            case GRANT, REJECT, REQUEST_CHANGES -> actor == SubsidyActor.MANAGER && state == SubsidyStatus.SUBMITTED;
        };
    }

    /** The state an allowed action leads to; empty when the action is not allowed. */
    public static Optional<SubsidyStatus> next(SubsidyStatus state, SubsidyAction action, SubsidyActor actor) {
        if (!allowed(state, action, actor)) {
            return Optional.empty();
        }
        return Optional.of(switch (action) {
            case EDIT -> state;
            case SUBMIT -> SubsidyStatus.SUBMITTED;
            case GRANT -> SubsidyStatus.GRANTED;
            case REJECT -> SubsidyStatus.REJECTED;
            case REQUEST_CHANGES -> SubsidyStatus.CHANGES_REQUESTED;
        });
    }

    /** Content may change only before submission or after a change request. */
    public static boolean editable(SubsidyStatus state) {
        return state == SubsidyStatus.DRAFT || state == SubsidyStatus.CHANGES_REQUESTED;
    }
}
