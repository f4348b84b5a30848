package nl.ontmoet.subsidy.service;

import nl.ontmoet.subsidy.domain.SubsidyStatus;

/**
 * Published inside the transaction of every step on an application (submission, decision, change request,
 * report, settlement), so that other features can react without the subsidy feature knowing them.
 *
 * @param from null for a new draft
 */
public record ApplicationStatusChanged(long applicationId, long centreId, String centreSlug, String title,
                                       SubsidyStatus from, SubsidyStatus to, long actorId) {
}
