package nl.ontmoet.volunteer.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.volunteer.domain.Availability;
import nl.ontmoet.volunteer.domain.Engagement;
import nl.ontmoet.volunteer.domain.TagKind;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.domain.VolunteerTag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** What the register form edits: the person and their engagement at one centre. */
public class VolunteerDetails {

    private Long volunteerId;
    private long volunteerVersion;
    private long engagementVersion;

    @NotBlank
    @Size(max = 100)
    private String name;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 30)
    private String phone;
    @NotNull
    private LocalDate dateOfBirth;
    @NotNull
    private LocalDate startDate;
    @NotNull
    private VolunteerStatus status = VolunteerStatus.AANMELDING;
    @Size(max = 500)
    private String tasks;
    private boolean vogNeeded;
    private LocalDate vogDate;
    @Size(max = 2000)
    private String notes;
    @NotNull
    @DecimalMin("0.00")
    private BigDecimal otherAllowancePerMonth = new BigDecimal("0.00");
    private Set<String> skills = new LinkedHashSet<>();
    private Set<String> interests = new LinkedHashSet<>();
    private Set<Availability.Slot> availability = new TreeSet<>();
    private boolean erased;
    private boolean linkConfirmed;

    public VolunteerDetails() {
    }

    static VolunteerDetails of(Engagement e) {
        var d = new VolunteerDetails();
        var v = e.getVolunteer();
        d.volunteerId = v.getId();
        d.volunteerVersion = v.getVersion();
        d.engagementVersion = e.getVersion();
        d.name = v.getName();
        d.email = v.getEmail();
        d.phone = v.getPhone();
        d.dateOfBirth = v.getDateOfBirth();
        d.otherAllowancePerMonth = v.getOtherAllowancePerMonth();
        d.startDate = e.getStartDate();
        d.status = e.getStatus();
        d.tasks = e.getTasks();
        d.vogNeeded = e.isVogNeeded();
        d.vogDate = e.getVogDate();
        d.notes = e.getNotes();
        d.skills = labels(v.getTags(), TagKind.SKILL);
        d.interests = labels(v.getTags(), TagKind.INTEREST);
        e.getAvailability().forEach(a -> d.availability.add(a.slot()));
        d.erased = v.isErased();
        return d;
    }

    private static Set<String> labels(Collection<VolunteerTag> tags, TagKind kind) {
        var labels = new LinkedHashSet<String>();
        tags.stream().filter(t -> t.getKind() == kind).map(VolunteerTag::getLabel).sorted().forEach(labels::add);
        return labels;
    }

    public boolean isNew() {
        return volunteerId == null;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public long getVolunteerVersion() {
        return volunteerVersion;
    }

    long getEngagementVersion() {
        return engagementVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
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

    public BigDecimal getOtherAllowancePerMonth() {
        return otherAllowancePerMonth;
    }

    public void setOtherAllowancePerMonth(BigDecimal otherAllowancePerMonth) {
        this.otherAllowancePerMonth = otherAllowancePerMonth;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public void setSkills(Set<String> skills) {
        this.skills = skills == null ? new LinkedHashSet<>() : new LinkedHashSet<>(skills);
    }

    public Set<String> getInterests() {
        return interests;
    }

    public void setInterests(Set<String> interests) {
        this.interests = interests == null ? new LinkedHashSet<>() : new LinkedHashSet<>(interests);
    }

    public Set<Availability.Slot> getAvailability() {
        return availability;
    }

    public void setAvailability(Set<Availability.Slot> availability) {
        this.availability = availability == null ? new TreeSet<>() : new TreeSet<>(availability);
    }

    /** The user confirmed linking a person already registered elsewhere; their shared data then stays as it is. */
    public boolean isLinkConfirmed() {
        return linkConfirmed;
    }

    public void setLinkConfirmed(boolean linkConfirmed) {
        this.linkConfirmed = linkConfirmed;
    }

    /** The person's data was erased on request: shown read-only, never saved again. */
    public boolean isErased() {
        return erased;
    }
}
