package nl.ontmoet.coaching.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.coaching.domain.CoachingSessionRepository;
import nl.ontmoet.coaching.domain.CoachingTopic;
import nl.ontmoet.coaching.domain.DevelopmentGoalRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * What managers may know about coaching: per quarter, counts and hours computed by grouped queries in the
 * database. No summary, note, agreement or goal text ever passes through here, and topics only as totals over at
 * least {@link #MIN_GROUP_FOR_TOPICS} coordinators, so that no topic can be tied to a named person.
 */
@Service
@PreAuthorize(Roles.HAS_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CoachingInsightService {

    /** Topic figures need at least this many coached coordinators in the quarter; never per coordinator. */
    public static final int MIN_GROUP_FOR_TOPICS = 5;

    private final CoachingSessionRepository sessions;
    private final DevelopmentGoalRepository goals;

    public QuarterFigures quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        LocalDate until = from.plusMonths(3);
        var totals = sessions.totals(from, until).getFirst();
        var perCoordinator = sessions.figuresPerCoordinator(from, until).stream()
                .map(r -> new Figures((String) r[1], (Long) r[2], ((Number) r[3]).longValue())).toList();
        var perCentre = sessions.figuresPerCentre(from, until).stream()
                .map(r -> new Figures((String) r[1], (Long) r[2], ((Number) r[3]).longValue())).toList();
        // topics only over a group large enough that no figure points at one person
        var topicTotals = perCoordinator.size() < MIN_GROUP_FOR_TOPICS ? List.<TopicCount>of()
                : sessions.topicTotals(from, until).stream()
                        .map(r -> new TopicCount((CoachingTopic) r[0], (Long) r[1])).toList();
        var achieved = goals.achievedPerCoordinator(from, until).stream()
                .map(r -> new GoalCount((String) r[0], (Long) r[1])).toList();
        return new QuarterFigures(year, quarter, (Long) totals[0], ((Number) totals[1]).longValue(),
                achieved.stream().mapToLong(GoalCount::achieved).sum(), perCoordinator, perCentre,
                perCoordinator.size() >= MIN_GROUP_FOR_TOPICS, topicTotals, achieved);
    }

    /** Sessions held and minutes spent, for a coordinator or a centre. */
    public record Figures(String name, long sessions, long minutes) {
    }

    /** How many sessions of the quarter touched a topic, over all coordinators together. */
    public record TopicCount(CoachingTopic topic, long sessions) {
    }

    public record GoalCount(String name, long achieved) {
    }

    public record QuarterFigures(int year, int quarter, long sessions, long minutes, long goalsAchieved,
                                 List<Figures> perCoordinator, List<Figures> perCentre, boolean topicsShown,
                                 List<TopicCount> topics, List<GoalCount> goalsPerCoordinator) {
    }
}
