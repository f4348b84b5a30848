package nl.ontmoet.subsidy.service;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of an application; pure, so it is tested without a database. */
final class VersionComparison {

    private static final Map<String, Function<ApplicationSnapshot, Object>> FIELDS = Map.of(
            "title", ApplicationSnapshot::title,
            "requestedAmount", ApplicationSnapshot::requestedAmount,
            "purpose", ApplicationSnapshot::purpose,
            "activityPlan", ApplicationSnapshot::activityPlan,
            "expectedActivities", ApplicationSnapshot::expectedActivities,
            "expectedVisitors", ApplicationSnapshot::expectedVisitors,
            "expectedVolunteers", ApplicationSnapshot::expectedVolunteers);

    private VersionComparison() {
    }

    /** {@code previous} is null for the first version: then nothing counts as changed. */
    static VersionDetail compare(VersionSummary summary, ApplicationSnapshot current, ApplicationSnapshot previous) {
        if (previous == null) {
            return new VersionDetail(summary, current, Set.of(), Set.of(), List.of(), Set.of(), List.of());
        }
        Set<String> changed = new LinkedHashSet<>();
        FIELDS.forEach((field, value) -> {
            if (!same(value.apply(current), value.apply(previous))) {
                changed.add(field);
            }
        });
        var before = previous.budget().stream()
                .collect(Collectors.toMap(ApplicationSnapshot.Line::categoryCode, Function.identity()));
        var now = current.budget().stream()
                .collect(Collectors.toMap(ApplicationSnapshot.Line::categoryCode, Function.identity()));
        Set<String> changedLines = current.budget().stream()
                .filter(line -> !sameLine(line, before.get(line.categoryCode())))
                .map(ApplicationSnapshot.Line::categoryCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var removedLines = previous.budget().stream().filter(line -> !now.containsKey(line.categoryCode())).toList();
        if (!changedLines.isEmpty() || !removedLines.isEmpty()) {
            changed.add("budget");
        }
        Set<String> newAttachments = current.attachments().stream()
                .filter(name -> !previous.attachments().contains(name))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var removedAttachments = previous.attachments().stream()
                .filter(name -> !current.attachments().contains(name)).toList();
        if (!newAttachments.isEmpty() || !removedAttachments.isEmpty()) {
            changed.add("attachments");
        }
        return new VersionDetail(summary, current, changed, changedLines, removedLines, newAttachments,
                removedAttachments);
    }

    private static boolean sameLine(ApplicationSnapshot.Line line, ApplicationSnapshot.Line before) {
        return before != null && same(line.amount(), before.amount()) && Objects.equals(line.note(), before.note());
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
