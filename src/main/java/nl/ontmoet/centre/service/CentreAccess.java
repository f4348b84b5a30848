package nl.ontmoet.centre.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.base.security.Role;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Who may see and run which centre. Every centre-scoped service asks here before it reads or writes,
 * so a guessed id in a URL or a direct service call gets the same answer as the menu would.
 * <ul>
 *   <li>admins and managers read every centre;</li>
 *   <li>coordinators read and run the centres they are assigned to;</li>
 *   <li>coaches read the centres of the coordinators they currently coach.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CentreAccess {

    private final CentreRepository centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    public boolean canRead(long centreId) {
        return seesAllCentres() || isCoordinatorOf(centreId) || isCoachOf(centreId);
    }

    /** Runs the centre day to day: its coordinators. */
    public boolean canManage(long centreId) {
        return isCoordinatorOf(centreId);
    }

    /** May change the centre's details and rooms: its coordinators and admins. */
    public boolean canEditDetails(long centreId) {
        return currentUser.hasRole(Role.ADMIN) || isCoordinatorOf(centreId);
    }

    public Centre requireReadable(String slug) {
        return centres.findBySlug(slug)
                .filter(centre -> canRead(centre.getId()))
                .orElseThrow(() -> new RecordNotFoundException("Centre", slug));
    }

    public Centre requireReadable(long centreId) {
        return centres.findWithCoordinatorsById(centreId)
                .filter(centre -> canRead(centre.getId()))
                .orElseThrow(() -> new RecordNotFoundException("Centre", centreId));
    }

    public void requireManageable(long centreId) {
        if (!canManage(centreId)) {
            throw new RecordNotFoundException("Centre", centreId);
        }
    }

    public void requireEditableDetails(long centreId) {
        if (!canEditDetails(centreId)) {
            throw new RecordNotFoundException("Centre", centreId);
        }
    }

    /** The centres the current user works with, by name: the choices of the centre switcher. */
    public List<Centre> myCentres() {
        var principal = currentUser.find();
        if (principal.isEmpty()) {
            return List.of();
        }
        var me = principal.get();
        if (me.hasRole(Role.COORDINATOR)) {
            var own = centres.findCoordinatedBy(me.getUserId());
            if (!own.isEmpty() || !seesAllCentres()) {
                return own;
            }
        }
        if (me.hasRole(Role.COACH) && !seesAllCentres()) {
            return centres.findCoachedBy(me.getUserId(), today());
        }
        return List.of();
    }

    /** Every centre {@link #canRead} allows, for queries over several centres (search, lists). */
    public ReadableCentres readable() {
        if (seesAllCentres()) {
            return ReadableCentres.every();
        }
        var ids = new java.util.TreeSet<Long>();
        if (currentUser.hasRole(Role.COORDINATOR)) {
            centres.findCoordinatedBy(currentUser.id()).forEach(centre -> ids.add(centre.getId()));
        }
        if (currentUser.hasRole(Role.COACH)) {
            centres.findCoachedBy(currentUser.id(), today()).forEach(centre -> ids.add(centre.getId()));
        }
        return ReadableCentres.only(List.copyOf(ids));
    }

    /** The centres whose day-to-day work the current user runs ({@link #canManage}). */
    public ReadableCentres manageable() {
        if (!currentUser.hasRole(Role.COORDINATOR)) {
            return ReadableCentres.only(List.of());
        }
        return ReadableCentres.only(centres.findCoordinatedBy(currentUser.id()).stream().map(Centre::getId).toList());
    }

    public boolean seesAllCentres() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.MANAGER);
    }

    private boolean isCoordinatorOf(long centreId) {
        return currentUser.hasRole(Role.COORDINATOR) && centres.isCoordinatedBy(centreId, currentUser.id());
    }

    private boolean isCoachOf(long centreId) {
        return currentUser.hasRole(Role.COACH) && centres.isCoachedBy(centreId, currentUser.id(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
