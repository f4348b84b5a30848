package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.Engagement;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import nl.ontmoet.volunteer.domain.TagKind;
import nl.ontmoet.volunteer.domain.Volunteer;
import nl.ontmoet.volunteer.domain.VolunteerRepository;
import nl.ontmoet.volunteer.domain.VolunteerRow;
import nl.ontmoet.volunteer.domain.VolunteerTag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The volunteer register of a centre. Personal data is for the coordinators of the centres where the volunteer
 * is engaged and for admins only; for everyone else a volunteer does not exist (not found).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VolunteerService {

    public static final int MIN_AGE = 12;
    public static final int MAX_TAGS = 20;

    private final VolunteerRepository volunteers;
    private final EngagementRepository engagements;
    private final VolunteerLinkService links;
    private final CentreAccess centreAccess;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** May see the personal data of the centre's volunteers: its coordinators and admins. */
    public boolean canSeePersonalData(long centreId) {
        return currentUser.hasRole(Role.ADMIN) || centreAccess.canManage(centreId);
    }

    public Page<VolunteerRow> page(long centreId, Pageable pageable) {
        requirePersonalData(centreId);
        return engagements.pageByCentre(centreId, pageable);
    }

    public VolunteerDetails get(long centreId, long volunteerId) {
        requirePersonalData(centreId);
        return VolunteerDetails.of(engagements.findAtCentre(centreId, volunteerId)
                .orElseThrow(() -> new RecordNotFoundException("Volunteer", volunteerId)));
    }

    /**
     * Registers a volunteer at the centre or saves changes. A person already known elsewhere (same name and date of
     * birth) is never taken over: see {@link VolunteerLinkService}. Once linked they get an extra engagement and
     * their shared data stays as it was.
     */
    @Transactional(noRollbackFor = LinkRequestedException.class)
    public VolunteerDetails save(long centreId, VolunteerDetails details) {
        requirePersonalData(centreId);
        var centre = centreAccess.requireReadable(centreId);
        if (!details.isNew() && engagements.findAtCentre(centreId, details.getVolunteerId())
                .map(e -> e.getVolunteer().isErased()).orElse(false)) {
            throw BusinessRuleException.onField("name", "volunteer.error.erased");
        }
        var today = LocalDate.now(clock);
        var name = details.getName() == null ? "" : details.getName().trim().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw BusinessRuleException.onField("name", "volunteer.error.nameRequired");
        }
        var born = details.getDateOfBirth();
        if (born == null || born.isAfter(today)) {
            throw BusinessRuleException.onField("dateOfBirth", "volunteer.error.bornInFuture");
        }
        if (born.plusYears(MIN_AGE).isAfter(today)) {
            throw BusinessRuleException.onField("dateOfBirth", "volunteer.error.tooYoung", MIN_AGE);
        }
        if (details.getStartDate() == null) {
            throw BusinessRuleException.onField("startDate", "volunteer.error.startRequired");
        }
        var other = details.getOtherAllowancePerMonth() == null ? BigDecimal.ZERO : details.getOtherAllowancePerMonth();
        if (other.signum() < 0) {
            throw BusinessRuleException.onField("otherAllowancePerMonth", "volunteer.error.otherNegative");
        }
        other = Amounts.cents(other, "otherAllowancePerMonth");
        if (details.getOtherAllowanceFrom() != null && details.getOtherAllowanceUntil() != null
                && details.getOtherAllowanceUntil().isBefore(details.getOtherAllowanceFrom())) {
            throw BusinessRuleException.onField("otherAllowanceUntil", "volunteer.error.otherPeriod");
        }
        var skills = tags(TagKind.SKILL, "skills", details.getSkills());
        var interests = tags(TagKind.INTEREST, "interests", details.getInterests());
        long ownId = details.isNew() ? -1 : details.getVolunteerId();
        if (engagements.duplicateAtCentre(centreId, name, born, ownId)) {
            throw BusinessRuleException.onField("name", "volunteer.error.duplicate", name);
        }
        Engagement engagement;
        Optional<Volunteer> known = details.isNew()
                ? volunteers.findFirstByNameIgnoreCaseAndDateOfBirth(name, born) : Optional.empty();
        if (known.isPresent()) {
            links.requireLink(known.get(), centre, details);
            engagement = new Engagement(known.get(), centre);
        } else if (details.isNew()) {
            engagement = new Engagement(new Volunteer(), centre);
        } else {
            engagement = engagements.findAtCentre(centreId, ownId)
                    .orElseThrow(() -> new RecordNotFoundException("Volunteer", ownId));
            if (engagement.getVersion() != details.getEngagementVersion()
                    || engagement.getVolunteer().getVersion() != details.getVolunteerVersion()) {
                throw new ObjectOptimisticLockingFailureException(Volunteer.class, ownId);
            }
        }
        if (known.isEmpty()) {
            details.applyTo(engagement.getVolunteer(), name, other, skills, interests);
            volunteers.saveAndFlush(engagement.getVolunteer());
        }
        details.applyTo(engagement);
        return VolunteerDetails.of(engagements.saveAndFlush(engagement));
    }

    /** The skills and interests already in use at the centre, offered in the form so spellings stay alike. */
    public TagSuggestions tagSuggestions(long centreId) {
        requirePersonalData(centreId);
        return new TagSuggestions(engagements.tagLabelsAtCentre(centreId, TagKind.SKILL),
                engagements.tagLabelsAtCentre(centreId, TagKind.INTEREST));
    }

    public record TagSuggestions(List<String> skills, List<String> interests) {
    }

    /** Tidies free tags, refusing empty and overlong ones; duplicates that differ only in case count once. */
    static List<VolunteerTag> tags(TagKind kind, String field, Collection<String> labels) {
        var tags = new ArrayList<VolunteerTag>();
        if (labels == null) {
            return tags;
        }
        for (var label : labels) {
            var tidy = VolunteerTag.tidy(label);
            if (tidy.isEmpty()) {
                throw BusinessRuleException.onField(field, "volunteer.error.tagEmpty");
            }
            if (tidy.length() > VolunteerTag.MAX_LENGTH) {
                throw BusinessRuleException.onField(field, "volunteer.error.tagTooLong", tidy, VolunteerTag.MAX_LENGTH);
            }
            var tag = new VolunteerTag(kind, tidy);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw BusinessRuleException.onField(field, "volunteer.error.tooManyTags", MAX_TAGS);
        }
        return tags;
    }

    /** Refuses, as "not found", anyone but the centre's coordinators and admins. */
    public void requirePersonalData(long centreId) {
        if (!canSeePersonalData(centreId)) {
            throw new RecordNotFoundException("Centre", centreId);
        }
    }
}
