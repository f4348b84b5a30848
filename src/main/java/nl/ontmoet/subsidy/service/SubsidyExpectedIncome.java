package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.service.ExpectedIncome;
import nl.ontmoet.bookkeeping.service.ExpectedIncomeSource;
import nl.ontmoet.subsidy.domain.SubsidyApplicationRepository;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Granted subsidies as expected income (category SUBSIDIE) in the centre's budget for the scheme's year: the
 * granted amount, or the final amount once settled. One query per centre-year.
 */
@Component
@RequiredArgsConstructor
class SubsidyExpectedIncome implements ExpectedIncomeSource {

    static final String CATEGORY = "SUBSIDIE";

    private final SubsidyApplicationRepository applications;

    @Override
    @Transactional(readOnly = true)
    public List<ExpectedIncome> expectedIncome(long centreId, int year) {
        return applications.grantedOfCentreInYear(centreId, year).stream()
                .map(a -> new ExpectedIncome(CATEGORY,
                        a.getStatus() == SubsidyStatus.SETTLED ? a.getFinalAmount() : a.getGrantedAmount(),
                        "subsidy.budget.expected." + a.getStatus().name(), List.of(a.getTitle())))
                .toList();
    }
}
