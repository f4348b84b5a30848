package nl.ontmoet.programme.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.PublicCentreService;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public programme of a centre, for anyone without logging in: only public, current activities and their
 * sessions, cancelled ones marked as such (so calendars drop them). It returns only what may be published —
 * never organiser contacts, attendance, the cancel reason or anything of a non-public activity.
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
                .map(PublicProgrammeService::published)
                .toList();
        return new PublicProgramme(centre.getSlug(), centre.getName(), centre.getAddress(), items);
    }

    private static PublicSession published(ActivitySession s) {
        var activity = s.getActivity();
        Instant changed = Stream.of(s.getRevisedAt(), s.getModifiedAt(), s.getCreatedAt(), activity.getModifiedAt())
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new PublicSession(s.getId(), activity.getTitle(), activity.getType().name(), activity.getDescription(),
                activity.getTargetGroup(), s.getRoom().getName(), s.getStartsAt(), s.getEndsAt(), changed,
                s.isCancelled(), s.getRevision(), s.getPreviousStartsAt());
    }

    public record PublicProgramme(String slug, String centreName, String address, List<PublicSession> sessions) {

        /** The newest change among the published sessions, for Last-Modified. */
        public Instant lastModified() {
            return sessions.stream().map(PublicSession::modifiedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    /**
     * One published session; {@code revision} counts its moves and cancellation, {@code previousStartsAt} is
     * the start it was published with before it was moved (null if it was not).
     */
    public record PublicSession(Long id, String title, String type, String description, String targetGroup,
                                String room, LocalDateTime startsAt, LocalDateTime endsAt, Instant modifiedAt,
                                boolean cancelled, int revision, LocalDateTime previousStartsAt) {
    }
}
