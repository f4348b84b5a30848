package nl.ontmoet.centre.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** What anyone may know of a centre without logging in: that it is active, its name and address (public pages). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicCentreService {

    private final CentreRepository centres;

    public Optional<Centre> active(String slug) {
        return centres.findBySlug(slug).filter(Centre::isActive);
    }
}
