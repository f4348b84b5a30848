package nl.ontmoet.volunteer.service;

import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.centre.service.CentreAccess;
import nl.ontmoet.volunteer.domain.HoursEntryRepository;
import org.dhatim.fastexcel.Workbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Volunteer hours of a year per centre, activity or task and month, as XLSX and CSV like the bookkeeping exports
 * (real numbers in XLSX; UTF-8, ';' and '.' decimals in CSV). One grouped query, for a centre whose volunteers the
 * reader may see (its coordinators and admins) or for all centres (policy officers and admins); no names, only sums.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class HoursExportService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";
    static final List<String> HEADERS = List.of("Centrum", "Activiteit of taak", "Maand", "Uren", "Goedgekeurd");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final HoursEntryRepository hours;
    private final CentreAccess centreAccess;
    private final VolunteerScope scope;

    HoursExportService(HoursEntryRepository hours, CentreAccess centreAccess, VolunteerScope scope) {
        this.hours = hours;
        this.centreAccess = centreAccess;
        this.scope = scope;
    }

    private List<Object[]> rows(long centreId, int year) {
        if (!scope.canRead(centreId)) {
            throw new RecordNotFoundException("Centre", centreId);
        }
        return hours.exportRows(List.of(centreId), year);
    }

    private String slug(long centreId) {
        return centreAccess.requireReadable(centreId).getSlug();
    }

    public StatementFile xlsx(long centreId, int year) {
        return xlsx(rows(centreId, year), "vrijwilligersuren-" + slug(centreId) + "-" + year, year);
    }

    public StatementFile csv(long centreId, int year) {
        return csv(rows(centreId, year), "vrijwilligersuren-" + slug(centreId) + "-" + year);
    }

    /** All centres together, for the municipality's reports: policy officers and admins (sums only, no names). */
    @PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
    public StatementFile xlsxAllCentres(int year) {
        return xlsx(hours.exportRowsAllCentres(year), "vrijwilligersuren-gemeente-" + year, year);
    }

    @PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
    public StatementFile csvAllCentres(int year) {
        return csv(hours.exportRowsAllCentres(year), "vrijwilligersuren-gemeente-" + year);
    }

    private static StatementFile xlsx(List<Object[]> rows, String fileStem, int year) {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Ontmoet", "1.0")) {
            var sheet = workbook.newWorksheet("Uren " + year);
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
            }
            sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
            int i = 1;
            for (Object[] row : rows) {
                sheet.value(i, 0, (String) row[0]);
                sheet.value(i, 1, (String) row[1]);
                sheet.value(i, 2, month(row[2]));
                sheet.value(i, 3, (BigDecimal) row[3]);
                sheet.value(i, 4, (BigDecimal) row[4]);
                sheet.range(i, 3, i, 4).style().format("#,##0.00").set();
                i++;
            }
            sheet.width(0, 30);
            sheet.width(1, 30);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StatementFile(fileStem + ".xlsx", XLSX, out.toByteArray());
    }

    private static StatementFile csv(List<Object[]> rows, String fileStem) {
        var csv = new StringBuilder("\uFEFF");
        line(csv, HEADERS);
        for (Object[] row : rows) {
            line(csv, List.of((String) row[0], (String) row[1], month(row[2]), ((BigDecimal) row[3]).toPlainString(),
                    ((BigDecimal) row[4]).toPlainString()));
        }
        return new StatementFile(fileStem + ".csv", CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String month(Object number) {
        return Month.of(((Number) number).intValue()).getDisplayName(TextStyle.FULL, DUTCH);
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = "\"" + value.replace("\"", "\"\"") + "\"";
            }
            csv.append(value);
        }
        csv.append("\r\n");
    }
}
