package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import nl.ontmoet.volunteer.domain.VolunteerSettings;
import nl.ontmoet.volunteer.domain.VolunteerSettingsRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Certificates of conduct (VOG): which volunteers at a centre still need one, by the municipality's maximum age
 * of a VOG, which admins set.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VogService {

    private final VolunteerSettingsRepository settings;
    private final EngagementRepository engagements;
    private final VolunteerService volunteerService;
    private final Clock clock;

    /**
     * A VOG to ask for.
     *
     * @param expiredOn the day the VOG became too old; {@code null} when there is none at all
     */
    public record VogDue(long volunteerId, String name, LocalDate vogDate, LocalDate expiredOn) {

        public boolean missing() {
            return vogDate == null;
        }
    }

    public int maxAgeYears() {
        return settings.findFirstByOrderByIdAsc().map(VolunteerSettings::getVogMaxAgeYears)
                .orElse(VolunteerSettings.DEFAULT_VOG_MAX_AGE_YEARS);
    }

    /** Running engagements at the centre that need a VOG which is missing or older than the maximum age. */
    public List<VogDue> due(long centreId) {
        volunteerService.requirePersonalData(centreId);
        int years = maxAgeYears();
        var validFrom = LocalDate.now(clock).minusYears(years);
        return engagements.vogDue(centreId, validFrom).stream()
                .map(row -> new VogDue(row.volunteerId(), row.name(), row.vogDate(),
                        row.vogDate() == null ? null : row.vogDate().plusYears(years)))
                .toList();
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    public VolunteerSettings settings() {
        return settings.findFirstByOrderByIdAsc().orElseGet(VolunteerSettings::new);
    }

    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public VolunteerSettings save(VolunteerSettings changed) {
        var years = changed.getVogMaxAgeYears();
        if (years == null || years < 1 || years > VolunteerSettings.MAX_VOG_AGE_YEARS) {
            throw BusinessRuleException.onField("vogMaxAgeYears", "volunteer.vog.error.age",
                    VolunteerSettings.MAX_VOG_AGE_YEARS);
        }
        if (changed.isNew()) {
            return settings.saveAndFlush(changed);
        }
        var stored = settings.findById(changed.getId())
                .orElseThrow(() -> new RecordNotFoundException("VolunteerSettings", changed.getId()));
        if (stored.getVersion() != changed.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(VolunteerSettings.class, changed.getId());
        }
        stored.setVogMaxAgeYears(years);
        return settings.saveAndFlush(stored);
    }
}
