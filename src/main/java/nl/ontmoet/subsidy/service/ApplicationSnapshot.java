package nl.ontmoet.subsidy.service;

import nl.ontmoet.bookkeeping.domain.Direction;

import java.math.BigDecimal;
import java.util.List;

/** The content of an application as submitted: what a stored version holds. */
public record ApplicationSnapshot(String title, BigDecimal requestedAmount, String purpose, String activityPlan,
                                  Integer expectedActivities, Integer expectedVisitors, Integer expectedVolunteers,
                                  List<Line> budget, List<String> attachments) {

    public ApplicationSnapshot {
        budget = budget == null ? List.of() : List.copyOf(budget);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A budget line by category code (stable), with the name as it was then. */
    public record Line(String categoryCode, String categoryName, Direction direction, BigDecimal amount,
                       String note) {
    }
}
