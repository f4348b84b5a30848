package nl.ontmoet.volunteer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.ontmoet.base.domain.AuditRedacted;
import nl.ontmoet.centre.domain.Centre;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A volunteer's engagement at one centre. */
@Entity
@Table(name = "volunteer_engagement")
public class Engagement extends VolunteerRecord {

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VolunteerStatus status = VolunteerStatus.AANMELDING;

    @Column(length = 500)
    private String tasks;

    @Column(name = "vog_needed", nullable = false)
    private boolean vogNeeded;

    @Column(name = "vog_date")
    private LocalDate vogDate;

    @AuditRedacted
    @Column(length = 2000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "engagement_id"))
    private Set<Availability> availability = new LinkedHashSet<>();

    protected Engagement() {
    }

    public Engagement(Volunteer volunteer, Centre centre) {
        super(volunteer, centre);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public void setStatus(VolunteerStatus status) {
        this.status = status;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public boolean isVogNeeded() {
        return vogNeeded;
    }

    public void setVogNeeded(boolean vogNeeded) {
        this.vogNeeded = vogNeeded;
    }

    public LocalDate getVogDate() {
        return vogDate;
    }

    public void setVogDate(LocalDate vogDate) {
        this.vogDate = vogDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<Availability> getAvailability() {
        return availability;
    }

    public void replaceAvailability(Collection<Availability> replacement) {
        availability.clear();
        availability.addAll(replacement);
    }

    /** The centre-specific part of an erasure: notes and availability go, the engagement stops. */
    public void erase() {
        notes = null;
        availability.clear();
        status = VolunteerStatus.GESTOPT;
    }
}
