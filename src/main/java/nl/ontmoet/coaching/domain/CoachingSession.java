package nl.ontmoet.coaching.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.base.domain.AuditRedacted;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A coaching session (coachingsgesprek) logged by its coach with one coordinator, or several for intervision.
 * The summary is shared with everyone present. The coach's private notes live in {@link CoachNote}, a separate
 * table that only the coach's own queries reach; {@link #getPrivateNotes()} only carries them to and from the
 * coach's form.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends AbstractEntity {

    public static final int TEXT_LENGTH = 4000;
    public static final int MAX_DURATION_MINUTES = 8 * 60;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id", nullable = false, updatable = false)
    private UserAccount coach;

    @NotNull
    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @NotNull
    @Column(name = "duration_minutes", nullable = false)
    private Integer durationMinutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "session_form", nullable = false, length = 20)
    private SessionForm form = SessionForm.IN_PERSON;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.HELD;

    @AuditRedacted
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "coaching_session_participant",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "coordinator_id"))
    private Set<UserAccount> participants = new HashSet<>();

    @AuditRedacted
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "coaching_session_topic", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "topic", nullable = false, length = 40)
    private Set<CoachingTopic> topics = EnumSet.noneOf(CoachingTopic.class);

    @AuditRedacted
    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String summary;

    @AuditRedacted
    @Size(max = TEXT_LENGTH)
    @Transient
    private String privateNotes;

    protected CoachingSession() {
    }

    public CoachingSession(UserAccount coach, LocalDate sessionDate) {
        this.coach = coach;
        this.sessionDate = sessionDate;
    }

    public UserAccount getCoach() {
        return coach;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public SessionForm getForm() {
        return form;
    }

    public void setForm(SessionForm form) {
        this.form = form;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public Set<UserAccount> getParticipants() {
        return participants;
    }

    public void setParticipants(Set<UserAccount> participants) {
        this.participants.clear();
        if (participants != null) {
            this.participants.addAll(participants);
        }
    }

    public Set<CoachingTopic> getTopics() {
        return topics;
    }

    public void setTopics(Set<CoachingTopic> topics) {
        this.topics.clear();
        if (topics != null) {
            this.topics.addAll(topics);
        }
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    public String getPrivateNotes() {
        return privateNotes;
    }

    public void setPrivateNotes(String privateNotes) {
        this.privateNotes = privateNotes == null || privateNotes.isBlank() ? null : privateNotes.strip();
    }
}
