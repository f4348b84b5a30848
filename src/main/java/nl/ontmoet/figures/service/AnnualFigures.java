package nl.ontmoet.figures.service;

import nl.ontmoet.bookkeeping.service.BookkeepingFigures;
import nl.ontmoet.programme.domain.ActivityType;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one year for the municipality's annual report: per centre (with a total), per month and per activity
 * type (for all centres or the chosen one), and budget versus actual per category.
 */
public record AnnualFigures(int year, Long centreId, List<CentreRow> centres, CentreRow total, long distinctVolunteers,
                            List<MonthRow> months, List<TypeRow> types, List<BookkeepingFigures.OfCategory> categories) {

    public record CentreRow(Long centreId, String name, String district, long sessions, long visitors, long volunteers,
                            BigDecimal hours, BigDecimal allowances, BigDecimal reimbursements, long submitted,
                            BigDecimal requested, long granted, BigDecimal grantedAmount, BigDecimal settledAmount,
                            BigDecimal income, BigDecimal expenses, BigDecimal budgetedExpenses) {
    }

    /** The row of the chosen centre, or the total when none is chosen. */
    public CentreRow chosen() {
        return centres.stream().filter(row -> row.centreId().equals(centreId)).findFirst().orElse(total);
    }

    /** Volunteers of the chosen centre, or every volunteer once over all centres. */
    public long chosenVolunteers() {
        return centreId == null ? distinctVolunteers : chosen().volunteers();
    }

    /** {@code month} 1–12. */
    public record MonthRow(int month, long sessions, long visitors, long newVisitors) {
    }

    public record TypeRow(ActivityType type, long sessions, long visitors) {
    }
}
