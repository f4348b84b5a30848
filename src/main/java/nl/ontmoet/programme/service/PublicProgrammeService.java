package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.PublicCentreService;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The public programme of a centre, for anyone without logging in: only public, current activities and their
 * sessions that are not cancelled. It returns only what may be published — never organiser contacts,
 * attendance or anything of a non-public activity.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicProgrammeService {

    private final PublicCentreService centres;
    private final ActivitySessionRepository sessions;

    public PublicProgramme programme(String slug, LocalDate from, LocalDate to) {
        Centre centre = centres.active(slug)
                .orElseThrow(() -> new RecordNotFoundException("Centre", slug));
        var items = sessions.publicOfCentre(centre.getId(), from.atStartOfDay(), to.atStartOfDay()).stream()
                .map(s -> new PublicSession(s.getId(), s.getActivity().getTitle(), s.getActivity().getType().name(),
                        s.getActivity().getDescription(), s.getActivity().getTargetGroup(), s.getRoom().getName(),
                        s.getStartsAt(), s.getEndsAt(), s.getModifiedAt()))
                .toList();
        return new PublicProgramme(centre.getSlug(), centre.getName(), centre.getAddress(), items);
    }

    public record PublicProgramme(String slug, String centreName, String address, List<PublicSession> sessions) {
    }

    public record PublicSession(Long id, String title, String type, String description, String targetGroup,
                                String room, LocalDateTime startsAt, LocalDateTime endsAt,
                                java.time.Instant modifiedAt) {
    }
}
