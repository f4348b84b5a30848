package nl.ontmoet.bookkeeping.service;

import java.util.List;

/**
 * What the ledger asks about assigning an entry to a subsidy (accountability per project). Defined here and
 * implemented by the subsidy feature, so bookkeeping knows no other feature.
 */
public interface SubsidyAssignments {

    /** The granted subsidies of the centre that entries may be assigned to now. */
    List<SubsidyChoice> assignable(long centreId);

    /**
     * The label of a subsidy of this centre, also when it is no longer assignable (reported, settled); the bare id
     * for any other.
     */
    String label(long centreId, long applicationId);

    /**
     * Refuses, at field {@code subsidyApplicationId}, an application that is not a granted subsidy of this centre
     * awaiting its report.
     */
    void requireAssignable(long centreId, long applicationId);

    /** Whether the entry is a subsidy payment booked by the municipality, which the centre may not change. */
    boolean isBookedPayment(long entryId);
}
