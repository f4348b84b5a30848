package nl.ontmoet.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ontmoet.base.domain.AbstractEntity;
import nl.ontmoet.centre.domain.Centre;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something a centre offers: a course, a coffee morning, a participation evening. Its sessions say when. */
@Entity
@Table(name = "activity")
public class Activity extends AbstractEntity {

    public static final int TITLE_LENGTH = 150;
    public static final int TARGET_GROUP_LENGTH = 150;
    public static final int CONTACT_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int MAX_PARTICIPANTS = 5000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ActivityType type;

    @Size(max = TARGET_GROUP_LENGTH)
    @Column(name = "target_group", length = TARGET_GROUP_LENGTH)
    private String targetGroup;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "organiser_kind", nullable = false, length = 30)
    private OrganiserKind organiserKind = OrganiserKind.CENTRE;

    @Size(max = CONTACT_LENGTH)
    @Column(name = "organiser_contact", length = CONTACT_LENGTH)
    private String organiserContact;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Min(0)
    @Max(MAX_PARTICIPANTS)
    @Column(name = "expected_participants")
    private Integer expectedParticipants;

    @Column(name = "is_public", nullable = false)
    private boolean publicListed;

    @Column(nullable = false)
    private boolean archived;

    protected Activity() {
    }

    public Activity(Centre centre) {
        this.centre = centre;
    }

    public Activity(Centre centre, String title, ActivityType type) {
        this(centre);
        setTitle(title);
        this.type = type;
    }

    public Centre getCentre() {
        return centre;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.trim();
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public OrganiserKind getOrganiserKind() {
        return organiserKind;
    }

    public void setOrganiserKind(OrganiserKind organiserKind) {
        this.organiserKind = organiserKind;
    }

    public String getOrganiserContact() {
        return organiserContact;
    }

    public void setOrganiserContact(String organiserContact) {
        this.organiserContact = organiserContact;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getExpectedParticipants() {
        return expectedParticipants;
    }

    public void setExpectedParticipants(Integer expectedParticipants) {
        this.expectedParticipants = expectedParticipants;
    }

    public boolean isPublicListed() {
        return publicListed;
    }

    public void setPublicListed(boolean publicListed) {
        this.publicListed = publicListed;
    }

    public boolean isArchived() {
        return archived;
    }

    public void archive() {
        this.archived = true;
    }
}
