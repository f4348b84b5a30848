package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.export.CsvFile;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.export.XlsxFile;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Arrays;
import java.util.List;

/**
 * Volunteer hours of a year per centre, activity or task and month, as XLSX and CSV like the bookkeeping exports
 * (real numbers in XLSX; UTF-8, ';' and '.' decimals in CSV; text neutralised against formula injection). One grouped
 * query, for a centre whose volunteers the reader may see (its coordinators and admins) or for all centres (policy
 * officers and admins); no names, only sums.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class HoursExportService {

    static final List<String> HEADERS = List.of("Centrum", "Activiteit of taak", "Maand", "Uren", "Goedgekeurd");

    private final HoursEntryRepository hours;
    private final CentreAccess centreAccess;
    private final VolunteerScope scope;

    private List<Object[]> rows(long centreId, int year) {
        if (!scope.canRead(centreId)) {
            throw new RecordNotFoundException("Centre", centreId);
        }
        return hours.exportRows(List.of(centreId), year);
    }

    private String slug(long centreId) {
        return centreAccess.requireReadable(centreId).getSlug();
    }

    public DownloadFile xlsx(long centreId, int year) {
        return xlsx(rows(centreId, year), "vrijwilligersuren-" + slug(centreId) + "-" + year, year);
    }

    public DownloadFile csv(long centreId, int year) {
        return csv(rows(centreId, year), "vrijwilligersuren-" + slug(centreId) + "-" + year);
    }

    /** All centres together, for the municipality's reports: policy officers and admins (sums only, no names). */
    @PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
    public DownloadFile xlsxAllCentres(int year) {
        return xlsx(hours.exportRowsAllCentres(year), "vrijwilligersuren-gemeente-" + year, year);
    }

    @PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
    public DownloadFile csvAllCentres(int year) {
        return csv(hours.exportRowsAllCentres(year), "vrijwilligersuren-gemeente-" + year);
    }

    private static DownloadFile xlsx(List<Object[]> rows, String fileStem, int year) {
        return XlsxFile.of(fileStem + ".xlsx", "Uren " + year, HEADERS, sheet -> {
            int i = 1;
            for (Object[] row : rows) {
                XlsxFile.text(sheet, i, 0, (String) row[0]);
                XlsxFile.text(sheet, i, 1, (String) row[1]);
                sheet.value(i, 2, month(row[2]));
                sheet.value(i, 3, (BigDecimal) row[3]);
                sheet.value(i, 4, (BigDecimal) row[4]);
                sheet.range(i, 3, i, 4).style().format("#,##0.00").set();
                i++;
            }
            sheet.width(0, 30);
            sheet.width(1, 30);
        });
    }

    private static DownloadFile csv(List<Object[]> rows, String fileStem) {
        var csv = new CsvFile(HEADERS);
        for (Object[] row : rows) {
            csv.row(Arrays.asList((String) row[0], (String) row[1], month(row[2]), (BigDecimal) row[3],
                    (BigDecimal) row[4]));
        }
        return csv.toFile(fileStem + ".csv");
    }

    private static String month(Object number) {
        return Formats.DUTCH.monthName(Month.of(((Number) number).intValue()));
    }
}
