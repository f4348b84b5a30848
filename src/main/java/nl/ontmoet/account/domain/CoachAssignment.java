package nl.ontmoet.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import nl.ontmoet.base.domain.AbstractEntity;

import java.time.LocalDate;

/**
 * A coach supports a coordinator from a start date until (optionally) an end date. Ended assignments are
 * kept: a coach keeps read access to what they wrote while they coached this coordinator.
 */
@Entity
@Table(name = "coach_assignment")
public class CoachAssignment extends AbstractEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id", nullable = false)
    private UserAccount coach;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coordinator_id", nullable = false)
    private UserAccount coordinator;

    @NotNull
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected CoachAssignment() {
    }

    public CoachAssignment(UserAccount coach, UserAccount coordinator, LocalDate startedOn) {
        this.coach = coach;
        this.coordinator = coordinator;
        this.startedOn = startedOn;
    }

    public UserAccount getCoach() {
        return coach;
    }

    public UserAccount getCoordinator() {
        return coordinator;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public boolean isActiveOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    public void end(LocalDate day) {
        this.endedOn = day;
    }
}
