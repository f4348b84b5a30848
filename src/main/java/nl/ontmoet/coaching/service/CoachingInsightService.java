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
 * database. No summary, note, agreement or goal text ever passes through here.
 */
@Service
@PreAuthorize(Roles.HAS_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CoachingInsightService {

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
        var topicTotals = sessions.topicTotals(from, until).stream()
                .map(r -> new TopicCount(null, (CoachingTopic) r[0], (Long) r[1])).toList();
        var topicsPerCoordinator = sessions.topicsPerCoordinator(from, until).stream()
                .map(r -> new TopicCount((String) r[0], (CoachingTopic) r[1], (Long) r[2])).toList();
        var achieved = goals.achievedPerCoordinator(from, until).stream()
                .map(r -> new GoalCount((String) r[0], (Long) r[1])).toList();
        return new QuarterFigures(year, quarter, (Long) totals[0], ((Number) totals[1]).longValue(),
                achieved.stream().mapToLong(GoalCount::achieved).sum(), perCoordinator, perCentre, topicTotals,
                topicsPerCoordinator, achieved);
    }

    /** Sessions held and minutes spent, for a coordinator or a centre. */
    public record Figures(String name, long sessions, long minutes) {
    }

    /** How many sessions touched a topic; {@code name} is the coordinator, or null for the total. */
    public record TopicCount(String name, CoachingTopic topic, long sessions) {
    }

    public record GoalCount(String name, long achieved) {
    }

    public record QuarterFigures(int year, int quarter, long sessions, long minutes, long goalsAchieved,
                                 List<Figures> perCoordinator, List<Figures> perCentre, List<TopicCount> topics,
                                 List<TopicCount> topicsPerCoordinator, List<GoalCount> goalsPerCoordinator) {
    }
}
