package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.service.ActivityService;
import nl.ontmoet.programme.service.SessionService;
import nl.ontmoet.volunteer.domain.Availability;
import nl.ontmoet.volunteer.domain.DayPart;
import nl.ontmoet.volunteer.domain.EngagementRepository;
import nl.ontmoet.volunteer.domain.VolunteerMatching;
import nl.ontmoet.volunteer.domain.VolunteerMatching.ActivityProfile;
import nl.ontmoet.volunteer.domain.VolunteerMatching.Candidate;
import nl.ontmoet.volunteer.domain.VolunteerMatching.Match;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Suggests the centre's active volunteers for one of its activities; personal data, so coordinators and admins. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VolunteerMatchService {

    /** Enough sessions to see a weekly pattern without reading years of history. */
    static final int SESSIONS_LOOKED_AT = 200;

    private static final Map<ActivityType, String> TYPE_WORDS = Map.of(
            ActivityType.ONTMOETING, "ontmoeting",
            ActivityType.CURSUS_WORKSHOP, "cursus workshop",
            ActivityType.SPORT_BEWEGEN, "sport bewegen",
            ActivityType.KINDERACTIVITEIT, "kinderen kinderactiviteit",
            ActivityType.SPREEKUUR, "spreekuur",
            ActivityType.PARTICIPATION_EVENING, "participatie inspraak",
            ActivityType.VERHUUR, "verhuur",
            ActivityType.OVERIG, "");

    private final VolunteerService volunteerService;
    private final EngagementRepository engagements;
    private final ActivityService activityService;
    private final SessionService sessionService;

    public record ActivityChoice(long id, String title) {
    }

    public List<ActivityChoice> activities(long centreId) {
        volunteerService.requirePersonalData(centreId);
        return activityService.current(centreId).stream().map(a -> new ActivityChoice(a.getId(), a.getTitle()))
                .toList();
    }

    public List<Match> suggest(long centreId, long activityId) {
        volunteerService.requirePersonalData(centreId);
        var activity = activityService.get(activityId);
        if (activity.getCentre().getId() != centreId) {
            throw new RecordNotFoundException("Activity", activityId);
        }
        var slots = new TreeSet<Availability.Slot>();
        sessionService.page(activityId, PageRequest.of(0, SESSIONS_LOOKED_AT, Sort.by(Sort.Direction.DESC, "startsAt")))
                .stream().filter(session -> !session.isCancelled()).map(VolunteerMatchService::slot).forEach(slots::add);
        var text = String.join(" ", activity.getTitle(), nullToEmpty(activity.getDescription()),
                TYPE_WORDS.getOrDefault(activity.getType(), ""));
        var candidates = engagements.activeAtCentre(centreId).stream()
                .map(e -> new Candidate(e.getVolunteer().getId(), e.getVolunteer().getName(),
                        new HashSet<>(e.getVolunteer().getTags()),
                        new HashSet<>(e.getAvailability().stream().map(Availability::slot).toList())))
                .toList();
        return VolunteerMatching.rank(new ActivityProfile(text, slots), candidates);
    }

    private static Availability.Slot slot(ActivitySession session) {
        var start = session.getStartsAt();
        return new Availability.Slot(start.getDayOfWeek(), DayPart.of(start.toLocalTime()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
