package nl.ontmoet.figures.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.service.BookkeepingFigures;
import nl.ontmoet.centre.service.CentreFilter;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.CentreSummary;
import nl.ontmoet.figures.service.AnnualFigures.CentreRow;
import nl.ontmoet.figures.service.AnnualFigures.MonthRow;
import nl.ontmoet.figures.service.AnnualFigures.TypeRow;
import nl.ontmoet.programme.domain.ActivityType;
import nl.ontmoet.programme.service.ProgrammeFigures;
import nl.ontmoet.subsidy.service.SubsidyFigures;
import nl.ontmoet.volunteer.service.VolunteerFigures;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Puts the features' grouped figures of a year together, per centre and in total. */
@Service
@PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AnnualFiguresService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final CentreService centreService;
    private final ProgrammeFigures programme;
    private final VolunteerFigures volunteers;
    private final SubsidyFigures subsidies;
    private final BookkeepingFigures bookkeeping;

    /** The figures of {@code year}; months, types and categories of one centre when {@code centreId} is set. */
    public AnnualFigures of(int year, Long centreId) {
        var activity = byCentre(programme.perCentre(year), ProgrammeFigures.OfCentre::centreId);
        var volunteering = byCentre(volunteers.perCentre(year), VolunteerFigures.OfCentre::centreId);
        var subsidy = byCentre(subsidies.perCentre(year), SubsidyFigures.OfCentre::centreId);
        var money = byCentre(bookkeeping.perCentre(year), BookkeepingFigures.OfCentre::centreId);
        List<CentreRow> rows = centres().stream().map(c -> row(c, activity.get(c.id()), volunteering.get(c.id()),
                subsidy.get(c.id()), money.get(c.id()))).toList();

        var perMonthAndType = programme.perMonthAndType(year, centreId);
        List<MonthRow> months = IntStream.rangeClosed(1, 12).mapToObj(month -> {
            var ofMonth = perMonthAndType.stream().filter(r -> r.month() == month).toList();
            return new MonthRow(month, ofMonth.stream().mapToLong(ProgrammeFigures.MonthAndType::sessions).sum(),
                    ofMonth.stream().mapToLong(ProgrammeFigures.MonthAndType::visitors).sum(),
                    ofMonth.stream().mapToLong(ProgrammeFigures.MonthAndType::newVisitors).sum());
        }).toList();
        List<TypeRow> types = Arrays.stream(ActivityType.values()).map(type -> {
            var ofType = perMonthAndType.stream().filter(r -> r.type() == type).toList();
            return new TypeRow(type, ofType.stream().mapToLong(ProgrammeFigures.MonthAndType::sessions).sum(),
                    ofType.stream().mapToLong(ProgrammeFigures.MonthAndType::visitors).sum());
        }).filter(t -> t.sessions() > 0).toList();
        return new AnnualFigures(year, centreId, rows, total(rows), volunteers.volunteers(year), months, types,
                bookkeeping.perCategory(year, centreId));
    }

    /** Every centre the caller may see (managers and admins: all), by name. */
    public List<CentreSummary> centres() {
        return centreService.search(CentreFilter.all(), Pageable.unpaged(Sort.by("name"))).getContent();
    }

    private static CentreRow row(CentreSummary centre, ProgrammeFigures.OfCentre activity,
                                 VolunteerFigures.OfCentre volunteering, SubsidyFigures.OfCentre subsidy,
                                 BookkeepingFigures.OfCentre money) {
        return new CentreRow(centre.id(), centre.name(), centre.district(),
                activity == null ? 0 : activity.sessions(), activity == null ? 0 : activity.visitors(),
                volunteering == null ? 0 : volunteering.volunteers(),
                volunteering == null ? ZERO : volunteering.hours(),
                volunteering == null ? ZERO : volunteering.allowances(),
                volunteering == null ? ZERO : volunteering.reimbursements(),
                subsidy == null ? 0 : subsidy.submitted(), subsidy == null ? ZERO : subsidy.requested(),
                subsidy == null ? 0 : subsidy.granted(), subsidy == null ? ZERO : subsidy.grantedAmount(),
                subsidy == null ? ZERO : subsidy.settledAmount(),
                money == null ? ZERO : money.income(), money == null ? ZERO : money.expenses(),
                money == null ? ZERO : money.budgetedExpenses());
    }

    /** The sum of every column; volunteers are summed per centre here, the distinct count is apart. */
    private static CentreRow total(List<CentreRow> rows) {
        return new CentreRow(null, null, null, sumLong(rows, CentreRow::sessions), sumLong(rows, CentreRow::visitors),
                sumLong(rows, CentreRow::volunteers), sum(rows, CentreRow::hours), sum(rows, CentreRow::allowances),
                sum(rows, CentreRow::reimbursements), sumLong(rows, CentreRow::submitted),
                sum(rows, CentreRow::requested), sumLong(rows, CentreRow::granted), sum(rows, CentreRow::grantedAmount),
                sum(rows, CentreRow::settledAmount), sum(rows, CentreRow::income), sum(rows, CentreRow::expenses),
                sum(rows, CentreRow::budgetedExpenses));
    }

    private static long sumLong(List<CentreRow> rows, java.util.function.ToLongFunction<CentreRow> field) {
        return rows.stream().mapToLong(field).sum();
    }

    private static BigDecimal sum(List<CentreRow> rows, Function<CentreRow, BigDecimal> field) {
        return rows.stream().map(field).reduce(ZERO, BigDecimal::add);
    }

    private static <T> Map<Long, T> byCentre(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
