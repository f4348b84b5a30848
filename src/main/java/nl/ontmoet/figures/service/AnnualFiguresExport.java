package nl.ontmoet.figures.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.export.XlsxFile;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BookkeepingFigures;
import nl.ontmoet.figures.service.AnnualFigures.CentreRow;
import nl.ontmoet.figures.service.AnnualFigures.MonthRow;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;

/** Each table of the annual figures as an XLSX, with a totals row as formulas, so the sheet adds up as it is edited. */
@Service
@PreAuthorize(Roles.HAS_ADMIN_OR_MANAGER)
@RequiredArgsConstructor
public class AnnualFiguresExport {

    private static final String MONEY = "#,##0.00";
    static final List<String> CENTRE_HEADERS = List.of("Centrum", "Wijk", "Bijeenkomsten", "Bezoekers",
            "Vrijwilligers", "Uren", "Vrijwilligersvergoedingen", "Onkostenvergoedingen", "Aanvragen ingediend",
            "Gevraagd", "Toekenningen", "Toegekend", "Vastgesteld", "Inkomsten", "Uitgaven", "Begrote uitgaven");
    static final List<String> MONTH_HEADERS = List.of("Maand", "Bijeenkomsten", "Bezoekers", "Nieuwe bezoekers");
    static final List<String> BUDGET_HEADERS = List.of("Categorie", "Soort", "Begroot", "Werkelijk", "Verschil");

    private final AnnualFiguresService figures;

    public DownloadFile centresXlsx(int year) {
        var data = figures.of(year, null);
        return XlsxFile.of("jaarcijfers-centra-" + year + ".xlsx", "Centra " + year, CENTRE_HEADERS, sheet -> {
            int i = 1;
            for (CentreRow row : data.centres()) {
                XlsxFile.text(sheet, i, 0, row.name());
                XlsxFile.text(sheet, i, 1, row.district());
                numbers(sheet, i, 2, row.sessions(), row.visitors(), row.volunteers());
                sheet.value(i, 5, row.hours());
                money(sheet, i, 6, row.allowances(), row.reimbursements());
                numbers(sheet, i, 8, row.submitted());
                money(sheet, i, 9, row.requested());
                numbers(sheet, i, 10, row.granted());
                money(sheet, i, 11, row.grantedAmount(), row.settledAmount(), row.income(), row.expenses(),
                        row.budgetedExpenses());
                i++;
            }
            totals(sheet, i, 2, CENTRE_HEADERS.size() - 1);
            sheet.range(i, 6, i, 7).style().format(MONEY).bold().set();
            sheet.range(i, 9, i, 9).style().format(MONEY).bold().set();
            sheet.range(i, 11, i, 15).style().format(MONEY).bold().set();
            sheet.width(0, 32);
        });
    }

    public DownloadFile monthsXlsx(int year, Long centreId) {
        var data = figures.of(year, centreId);
        return XlsxFile.of("jaarcijfers-per-maand-" + year + ".xlsx", "Per maand " + year, MONTH_HEADERS, sheet -> {
            int i = 1;
            for (MonthRow row : data.months()) {
                sheet.value(i, 0, Formats.DUTCH.monthName(Month.of(row.month())));
                numbers(sheet, i, 1, row.sessions(), row.visitors(), row.newVisitors());
                i++;
            }
            totals(sheet, i, 1, MONTH_HEADERS.size() - 1);
        });
    }

    public DownloadFile budgetXlsx(int year, Long centreId) {
        var data = figures.of(year, centreId);
        return XlsxFile.of("jaarcijfers-begroting-" + year + ".xlsx", "Begroting " + year, BUDGET_HEADERS, sheet -> {
            int i = 1;
            for (BookkeepingFigures.OfCategory row : data.categories()) {
                XlsxFile.text(sheet, i, 0, row.name());
                sheet.value(i, 1, row.direction() == Direction.INCOME ? "Inkomsten" : "Uitgaven");
                money(sheet, i, 2, row.budgeted(), row.actual());
                sheet.formula(i, 4, "D" + (i + 1) + "-C" + (i + 1));
                sheet.style(i, 4).format(MONEY).set();
                i++;
            }
            sheet.width(0, 32);
        });
    }

    private static void numbers(Worksheet sheet, int row, int column, long... values) {
        for (int c = 0; c < values.length; c++) {
            sheet.value(row, column + c, values[c]);
        }
    }

    private static void money(Worksheet sheet, int row, int column, BigDecimal... values) {
        for (int c = 0; c < values.length; c++) {
            sheet.value(row, column + c, values[c]);
            sheet.style(row, column + c).format(MONEY).set();
        }
    }

    /** A bold "Totaal" row under the data whose cells are SUM formulas of the columns above. */
    private static void totals(Worksheet sheet, int row, int firstColumn, int lastColumn) {
        sheet.value(row, 0, "Totaal");
        for (int c = firstColumn; c <= lastColumn; c++) {
            String column = columnName(c);
            sheet.formula(row, c, "SUM(" + column + "2:" + column + row + ")");
        }
        sheet.range(row, 0, row, lastColumn).style().bold().set();
    }

    static String columnName(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }
}
