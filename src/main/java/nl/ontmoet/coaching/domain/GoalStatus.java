package nl.ontmoet.coaching.domain;

/** Life of a development goal: worked on, then achieved or stopped; a closed goal can be reopened. */
public enum GoalStatus {
    OPEN, IN_PROGRESS, ACHIEVED, STOPPED;

    public boolean isClosed() {
        return this == ACHIEVED || this == STOPPED;
    }
}
