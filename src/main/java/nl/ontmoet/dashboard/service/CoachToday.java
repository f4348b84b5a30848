package nl.ontmoet.dashboard.service;

import nl.ontmoet.coaching.domain.GoalStatus;
import nl.ontmoet.coaching.service.CoacheeSummary;

import java.util.List;
import java.util.Map;

/** A coach's day: their coachees with last and next session, their open agreements and goals by status. */
public record CoachToday(List<CoacheeSummary> coachees, long agreementsOpen, long agreementsOverdue,
                         Map<GoalStatus, Long> goals) {
}
