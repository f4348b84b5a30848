package nl.ontmoet.subsidy.service;

import java.util.List;
import java.util.Set;

/**
 * A stored version with what changed compared to the version before it (nothing for version 1):
 * {@code changedFields} names the changed parts (title, requestedAmount, …, budget, attachments),
 * {@code changedLines} the category codes of new or changed budget lines.
 */
public record VersionDetail(VersionSummary summary, ApplicationSnapshot content, Set<String> changedFields,
                            Set<String> changedLines, List<ApplicationSnapshot.Line> removedLines,
                            Set<String> newAttachments, List<String> removedAttachments) {

    public boolean changed(String field) {
        return changedFields.contains(field);
    }
}
