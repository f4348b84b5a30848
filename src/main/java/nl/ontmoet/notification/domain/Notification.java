package nl.ontmoet.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A message to one user account: what happened (kind), about what (subject id and title), by when (due date, for
 * reminders) and where to act (route). The text is rendered from the kind when it is shown, so it follows the
 * reader's language. A message, not a business record: it writes no audit line (one per person per day would bury
 * the trail), but it has a version like every record.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int TITLE_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "subject_title", length = TITLE_LENGTH, updatable = false)
    private String subjectTitle;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    private String route;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long recipientId, NotificationKind kind, long subjectId, String subjectTitle, LocalDate dueOn,
                        String route, Instant occurredAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.subjectTitle = subjectTitle == null || subjectTitle.length() <= TITLE_LENGTH
                ? subjectTitle : subjectTitle.substring(0, TITLE_LENGTH - 1) + "…";
        this.dueOn = dueOn;
        this.route = route;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectTitle() {
        return subjectTitle;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getRoute() {
        return route;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Marks it read at {@code at}; a notification read before keeps its first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
