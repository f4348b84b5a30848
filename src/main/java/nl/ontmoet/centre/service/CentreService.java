package nl.ontmoet.centre.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CentreService {

    private final CentreRepository centres;
    private final CentreAccess access;
    private final LastCentreService lastCentres;

    /** A page of the centres the current user may see, sorted and filtered in the database. */
    public Page<CentreSummary> search(CentreFilter filter, Pageable pageable) {
        boolean all = access.seesAllCentres();
        List<Long> visible = all ? List.of(-1L) : idsOf(access.myCentres());
        Page<Centre> page = centres.search(all, visible, filter.textOrNull(), filter.onlyActive(), pageable);
        List<Long> ids = page.map(Centre::getId).toList();
        Map<Long, String> names = ids.isEmpty() ? Map.of() : centres.coordinatorNames(ids).stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], TreeMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.joining(", "))));
        Map<Long, Long> rooms = ids.isEmpty() ? Map.of() : centres.roomCounts(ids).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return page.map(c -> new CentreSummary(c.getId(), c.getSlug(), c.getName(), c.getDistrict(),
                c.getAddress(), c.isActive(), names.getOrDefault(c.getId(), ""), rooms.getOrDefault(c.getId(), 0L)));
    }

    public Centre get(String slug) {
        return access.requireReadable(slug);
    }

    /** A centre screen being opened: the centre, remembered as the caller's last one. */
    @Transactional
    public Centre open(String slug) {
        return lastCentres.open(slug);
    }

    /** The centre the caller opened last, or their first own centre; empty for those without own centres. */
    public java.util.Optional<Centre> lastUsed() {
        return lastCentres.lastUsed();
    }

    public Centre get(long id) {
        return access.requireReadable(id);
    }

    public List<Centre> myCentres() {
        return access.myCentres();
    }

    public boolean canEditDetails(Centre centre) {
        return access.canEditDetails(centre.getId());
    }

    public boolean canManage(Centre centre) {
        return access.canManage(centre.getId());
    }

    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public Centre create(Centre centre) {
        if (!centre.isNew()) {
            throw new IllegalArgumentException("Not a new centre");
        }
        requireUniqueName(centre);
        centre.assignSlug(uniqueSlug(centre.getName()));
        return centres.save(centre);
    }

    /** Saves the details a coordinator or admin may change; only an admin changes coordinators or deactivates. */
    @Transactional
    public Centre update(Centre edited) {
        if (edited.isNew()) {
            throw new IllegalArgumentException("Use create for a new centre");
        }
        access.requireEditableDetails(edited.getId());
        var stored = centres.findWithCoordinatorsById(edited.getId())
                .orElseThrow(() -> new RecordNotFoundException("Centre", edited.getId()));
        boolean adminOnlyChange = edited.isActive() != stored.isActive()
                || !edited.getCoordinators().equals(stored.getCoordinators());
        if (adminOnlyChange && !access.seesAllCentres()) {
            throw new BusinessRuleException("centre.error.adminOnly");
        }
        requireUniqueName(edited);
        return centres.save(edited);
    }

    private void requireUniqueName(Centre centre) {
        boolean taken = centre.isNew()
                ? centres.existsByNameIgnoreCase(centre.getName())
                : centres.existsByNameIgnoreCaseAndIdNot(centre.getName(), centre.getId());
        if (taken) {
            throw BusinessRuleException.onField("name", "centre.error.nameTaken", centre.getName());
        }
    }

    private String uniqueSlug(String name) {
        String base = Centre.slugFor(name);
        String candidate = base;
        for (int i = 2; centres.existsBySlug(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static List<Long> idsOf(List<Centre> list) {
        var ids = list.stream().map(Centre::getId).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
