package nl.ontmoet.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** A development goal (ontwikkeldoel) a coach sets with a coordinator; progress notes record the way there. */
@Entity
@Table(name = "coaching_goal")
public class DevelopmentGoal extends AbstractEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id", nullable = false, updatable = false)
    private UserAccount coach;

    @AuditRedacted
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coordinator_id", nullable = false, updatable = false)
    private UserAccount coordinator;

    @AuditRedacted
    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @AuditRedacted
    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @AuditRedacted
    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private CoachingTopic topic = CoachingTopic.PERSONAL_GROWTH;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private GoalStatus status = GoalStatus.OPEN;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @AuditRedacted
    @Column(length = CoachingSession.TEXT_LENGTH)
    private String reflection;

    protected DevelopmentGoal() {
    }

    public DevelopmentGoal(UserAccount coach, UserAccount coordinator) {
        this.coach = coach;
        this.coordinator = coordinator;
    }

    public UserAccount getCoach() {
        return coach;
    }

    public UserAccount getCoordinator() {
        return coordinator;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public CoachingTopic getTopic() {
        return topic;
    }

    public void setTopic(CoachingTopic topic) {
        this.topic = topic;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public void setStatus(GoalStatus status) {
        this.status = status;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public void setAchievedOn(LocalDate achievedOn) {
        this.achievedOn = achievedOn;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection == null || reflection.isBlank() ? null : reflection.strip();
    }
}
