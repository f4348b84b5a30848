package nl.ontmoet.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AuditRedacted;
import nl.ontmoet.centre.domain.Centre;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A centre asks to engage a person who is already registered at another centre. Until a coordinator of a centre
 * where the person is engaged (or an admin) confirms, the asking centre sees nothing of the person. It carries the
 * asking centre's own engagement fields; the person's shared data is never taken from it.
 */
@Entity
@Table(name = "volunteer_link_request")
public class LinkRequest extends VolunteerRecord {

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LinkRequestStatus status = LinkRequestStatus.PENDING;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "engagement_status", nullable = false, length = 20)
    private VolunteerStatus engagementStatus = VolunteerStatus.AANMELDING;

    @Column(length = 500)
    private String tasks;

    @Column(name = "vog_needed", nullable = false)
    private boolean vogNeeded;

    @Column(name = "vog_date")
    private LocalDate vogDate;

    @AuditRedacted
    @Column(length = 2000)
    private String notes;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected LinkRequest() {
    }

    public LinkRequest(Volunteer volunteer, Centre centre, String requestedBy) {
        super(volunteer, centre);
        this.requestedBy = requestedBy;
    }

    /** What the asking centre entered for its own engagement. */
    public void describeEngagement(LocalDate startDate, VolunteerStatus status, String tasks, boolean vogNeeded,
                                   LocalDate vogDate, String notes) {
        this.startDate = startDate;
        this.engagementStatus = status;
        this.tasks = tasks;
        this.vogNeeded = vogNeeded;
        this.vogDate = vogDate;
        this.notes = notes;
    }

    /** The engagement this request asks for, with the asking centre's own fields. */
    public Engagement toEngagement() {
        var engagement = new Engagement(getVolunteer(), getCentre());
        engagement.setStartDate(startDate);
        engagement.setStatus(engagementStatus);
        engagement.setTasks(tasks);
        engagement.setVogNeeded(vogNeeded);
        engagement.setVogDate(vogDate);
        engagement.setNotes(notes);
        return engagement;
    }

    public void decide(LinkRequestStatus decision, String username, Instant at) {
        this.status = decision;
        this.decidedBy = username;
        this.decidedAt = at;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LinkRequestStatus getStatus() {
        return status;
    }

    public String getTasks() {
        return tasks;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
