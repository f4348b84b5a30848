package nl.ontmoet.dashboard.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.export.XlsxFile;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.service.DeadlineKind;
import nl.ontmoet.subsidy.service.DeadlineRow;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;
import nl.ontmoet.volunteer.domain.CentreVolunteerCount;
import nl.ontmoet.volunteer.service.VolunteerCountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The manager's start page: decisions waiting, late reports, and one row per active centre with its year in
 * figures. Coaching appears only as a count of sessions per centre.
 */
@Service
@PreAuthorize(Roles.HAS_MANAGER)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ManagerTodayService {

    static final List<String> CENTRE_HEADERS = List.of("Centrum", "Wijk", "% begroting besteed", "Saldo",
            "Subsidie aangevraagd", "Subsidie toegekend", "Actieve vrijwilligers", "Coachingsgesprekken kwartaal");
    private static final String MONEY_FORMAT = "#,##0.00";
    private static final String PERCENT_FORMAT = "0.0";

    private final TodayQueries queries;
    private final SubsidyOverviewService subsidies;
    private final VolunteerCountService volunteers;
    private final Clock clock;

    public ManagerToday manager() {
        List<DeadlineRow> deadlines = subsidies.deadlines();
        return new ManagerToday(deadlines.stream().filter(row -> row.kind() == DeadlineKind.DECISION)
                .sorted(java.util.Comparator.comparing(DeadlineRow::decideBy)).toList(),
                deadlines.stream().filter(row -> row.kind() == DeadlineKind.REPORT_DUE).count(),
                deadlines.stream().filter(row -> row.kind() == DeadlineKind.REPORT_OVERDUE).count(),
                centres());
    }

    /** Every active centre this year: budget use, balance, subsidies, volunteers and coaching sessions. */
    public List<CentreFigures> centres() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        Map<Long, BigDecimal> budgeted = queries.budgetedExpensesPerCentre(year);
        Map<Long, BigDecimal[]> actual = queries.actualPerCentre(year);
        Map<Long, BigDecimal[]> subsidy = queries.subsidiesPerCentre(year);
        Map<Long, Long> active = volunteers.activePerCentre().stream()
                .collect(Collectors.toMap(CentreVolunteerCount::centreId, CentreVolunteerCount::active));
        Map<Long, Long> sessions = queries.coachingSessionsPerCentre(quarterStart, today);
        return queries.activeCentres().stream().map(centre -> {
            long id = centre.getId();
            BigDecimal[] money = actual.getOrDefault(id, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal[] requestedGranted = subsidy.getOrDefault(id, new BigDecimal[]{null, null});
            return new CentreFigures(id, centre.getSlug(), centre.getName(), centre.getDistrict(),
                    percent(money[1], budgeted.get(id)), money[0].subtract(money[1]),
                    zeroIfNull(requestedGranted[0]), zeroIfNull(requestedGranted[1]),
                    active.getOrDefault(id, 0L), sessions.getOrDefault(id, 0L));
        }).toList();
    }

    public DownloadFile centresXlsx() {
        List<CentreFigures> rows = centres();
        return XlsxFile.of("centra-" + LocalDate.now(clock).getYear() + ".xlsx", "Centra", CENTRE_HEADERS, sheet -> {
            for (int i = 0; i < rows.size(); i++) {
                CentreFigures row = rows.get(i);
                int r = i + 1;
                XlsxFile.text(sheet, r, 0, row.name());
                XlsxFile.text(sheet, r, 1, row.district());
                if (row.budgetUsedPercent() != null) {
                    sheet.value(r, 2, row.budgetUsedPercent());
                    sheet.style(r, 2).format(PERCENT_FORMAT).set();
                }
                money(sheet, r, 3, row.balance());
                money(sheet, r, 4, row.subsidyRequested());
                money(sheet, r, 5, row.subsidyGranted());
                sheet.value(r, 6, row.activeVolunteers());
                sheet.value(r, 7, row.coachingSessionsThisQuarter());
            }
            sheet.width(0, 36);
        });
    }

    private static void money(org.dhatim.fastexcel.Worksheet sheet, int row, int column, BigDecimal amount) {
        sheet.value(row, column, amount);
        sheet.style(row, column).format(MONEY_FORMAT).set();
    }

    static BigDecimal percent(BigDecimal actual, BigDecimal budgeted) {
        if (budgeted == null || budgeted.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(budgeted, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
    }
}
