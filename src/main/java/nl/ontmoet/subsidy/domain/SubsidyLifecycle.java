package nl.ontmoet.subsidy.domain;

import java.math.BigDecimal;
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
            case REPORT -> actor == SubsidyActor.CENTRE_COORDINATOR && state == SubsidyStatus.GRANTED;
            case SETTLE -> actor == SubsidyActor.MANAGER && state == SubsidyStatus.REPORTED;
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
            case REPORT -> SubsidyStatus.REPORTED;
            case SETTLE -> SubsidyStatus.SETTLED;
        });
    }

    /** A grant below the scheme's report threshold needs no report: it is granted and settled in one decision. */
    public static boolean reportRequired(BigDecimal granted, BigDecimal reportThreshold) {
        return granted.compareTo(reportThreshold) >= 0;
    }

    /** Where an allowed grant of this amount leads: GRANTED, or SETTLED when no report is required. */
    public static SubsidyStatus afterGrant(BigDecimal granted, BigDecimal reportThreshold) {
        return reportRequired(granted, reportThreshold) ? SubsidyStatus.GRANTED : SubsidyStatus.SETTLED;
    }

    /** Content may change only before submission or after a change request. */
    public static boolean editable(SubsidyStatus state) {
        return state == SubsidyStatus.DRAFT || state == SubsidyStatus.CHANGES_REQUESTED;
    }
}
