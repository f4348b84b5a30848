package nl.ontmoet.centre.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.centre.domain.LegalEntity;
import nl.ontmoet.centre.domain.LegalEntityRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The legal entity (beheerder) of a centre: kept by admins, read by whoever may see the centre. Other features
 * (subsidy letters) read it here.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LegalEntityService {

    private final LegalEntityRepository entities;
    private final CentreAccess access;

    /** The centre's legal entity, if one is recorded; "not found" for a centre the caller may not see. */
    public Optional<LegalEntity> of(long centreId) {
        access.requireReadable(centreId);
        return entities.findByCentreId(centreId);
    }

    /** The stored legal entity or a new, empty one for the admin to fill in. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public LegalEntity forEdit(long centreId) {
        var centre = access.requireReadable(centreId);
        return entities.findByCentreId(centreId).orElseGet(() -> new LegalEntity(centre));
    }

    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public LegalEntity save(LegalEntity entity) {
        access.requireReadable(entity.getCentre().getId());
        LegalEntityRules.check(entity);
        return entities.saveAndFlush(entity);
    }
}
