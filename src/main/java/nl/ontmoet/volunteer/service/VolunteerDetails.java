package nl.ontmoet.volunteer.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import nl.ontmoet.volunteer.domain.Availability;
import nl.ontmoet.volunteer.domain.Engagement;
import nl.ontmoet.volunteer.domain.TagKind;
import nl.ontmoet.volunteer.domain.Volunteer;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.domain.VolunteerTag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the register form edits: the person and their engagement at one centre. A detached copy, never the stored
 * entities, so nothing typed reaches the database (or its audit trail) before the service has checked it; and it
 * carries the form's own rules, such as a required date of birth that an erased person no longer has. Both ways of
 * the mapping live here: {@link #of} reads the entities, the {@code applyTo} methods write them.
 */
@Getter
@Setter
public class VolunteerDetails {

    @Setter(AccessLevel.NONE)
    private Long volunteerId;
    @Setter(AccessLevel.NONE)
    private long volunteerVersion;
    @Getter(AccessLevel.PACKAGE)
    @Setter(AccessLevel.NONE)
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
    @DecimalMin(value = "0.00", message = "{amount.not.negative}")
    private BigDecimal otherAllowancePerMonth = new BigDecimal("0.00");
    private LocalDate otherAllowanceFrom;
    private LocalDate otherAllowanceUntil;
    @Setter(AccessLevel.NONE)
    private Set<String> skills = new LinkedHashSet<>();
    @Setter(AccessLevel.NONE)
    private Set<String> interests = new LinkedHashSet<>();
    @Setter(AccessLevel.NONE)
    private Set<Availability.Slot> availability = new TreeSet<>();
    /** The person's data was erased on request: shown read-only, never saved again. */
    @Setter(AccessLevel.NONE)
    private boolean erased;
    /** The user confirmed linking a person already registered elsewhere; their shared data then stays as it is. */
    private boolean linkConfirmed;

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
        d.otherAllowanceFrom = v.getOtherAllowanceFrom();
        d.otherAllowanceUntil = v.getOtherAllowanceUntil();
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

    /** The person's shared data, as the service has checked and tidied it. */
    void applyTo(Volunteer volunteer, String tidyName, BigDecimal otherPerMonth, Collection<VolunteerTag> skillTags,
                 Collection<VolunteerTag> interestTags) {
        volunteer.setName(tidyName);
        volunteer.setEmail(blankToNull(email));
        volunteer.setPhone(blankToNull(phone));
        volunteer.setDateOfBirth(dateOfBirth);
        volunteer.setOtherAllowancePerMonth(otherPerMonth);
        volunteer.otherAllowancePeriod(otherAllowanceFrom, otherAllowanceUntil);
        volunteer.replaceTags(TagKind.SKILL, skillTags);
        volunteer.replaceTags(TagKind.INTEREST, interestTags);
    }

    /** The centre's own part: what this centre records about the engagement. */
    void applyTo(Engagement engagement) {
        engagement.setStartDate(startDate);
        engagement.setStatus(status);
        engagement.setTasks(blankToNull(tasks));
        engagement.setVogNeeded(vogNeeded);
        engagement.setVogDate(vogDate);
        engagement.setNotes(blankToNull(notes));
        engagement.replaceAvailability(availability.stream().map(Availability.Slot::toAvailability).toList());
    }

    private static Set<String> labels(Collection<VolunteerTag> tags, TagKind kind) {
        var labels = new LinkedHashSet<String>();
        tags.stream().filter(t -> t.getKind() == kind).map(VolunteerTag::getLabel).sorted().forEach(labels::add);
        return labels;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public boolean isNew() {
        return volunteerId == null;
    }

    public void setSkills(Set<String> skills) {
        this.skills = skills == null ? new LinkedHashSet<>() : new LinkedHashSet<>(skills);
    }

    public void setInterests(Set<String> interests) {
        this.interests = interests == null ? new LinkedHashSet<>() : new LinkedHashSet<>(interests);
    }

    public void setAvailability(Set<Availability.Slot> availability) {
        this.availability = availability == null ? new TreeSet<>() : new TreeSet<>(availability);
    }
}
