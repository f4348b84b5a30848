package nl.ontmoet.centre.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.CurrentUser;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.LastCentre;
import nl.ontmoet.centre.domain.LastCentreRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Remembers per user the centre they opened last; the start page opens it again. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LastCentreService {

    private final LastCentreRepository lastCentres;
    private final CentreAccess access;
    private final CurrentUser currentUser;

    /** Opens a centre the caller may read and remembers it as their last one. */
    @Transactional
    public Centre open(String slug) {
        Centre centre = access.requireReadable(slug);
        long me = currentUser.id();
        lastCentres.findById(me).ifPresentOrElse(last -> {
            if (!last.getCentreId().equals(centre.getId())) {
                last.setCentreId(centre.getId());
            }
        }, () -> lastCentres.save(new LastCentre(me, centre.getId())));
        return centre;
    }

    /** The centre the caller opened last if they still may read it, else the first of their own centres. */
    public Optional<Centre> lastUsed() {
        List<Centre> mine = access.myCentres();
        Optional<Long> last = lastCentres.findById(currentUser.id()).map(LastCentre::getCentreId);
        return last.flatMap(id -> mine.stream().filter(c -> c.getId().equals(id)).findFirst())
                .or(() -> mine.stream().findFirst());
    }
}
