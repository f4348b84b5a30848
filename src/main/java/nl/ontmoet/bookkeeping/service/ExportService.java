package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.export.CsvFile;
import nl.ontmoet.base.export.CsvStyle;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.export.XlsxFile;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreAccess;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Exports of the ledger (with the screen's filter) and of budget versus actual. XLSX holds real numbers with a
 * thousands separator and two decimals (Dutch Excel shows 1.234,56), amounts signed (income positive, expenses
 * negative) so a column sums to the balance, and totals as formulas. CSV comes in a {@link CsvStyle}: Dutch
 * ({@code ;}, decimal comma, dd-mm-jjjj, BOM) by default, or the plain machine format. Text cells are neutralised
 * against formula injection.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ExportService {

    private static final int CHUNK = 2_000;
    private static final String MONEY_FORMAT = "#,##0.00";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final LedgerService ledger;
    private final BudgetService budgets;
    private final CentreAccess access;
    private final BundleI18NProvider i18n;

    static final java.util.List<String> LEDGER_HEADERS = java.util.List.of("Datum", "Soort", "Categorie", "Code",
            "Bedrag", "Omschrijving", "Tegenpartij", "Referentie", "Bon", "Rekening");
    static final String TOTAL_INCOME = "Totaal inkomsten";
    static final String TOTAL_EXPENSE = "Totaal uitgaven";
    static final String BALANCE = "Saldo";

    public DownloadFile ledgerXlsx(long centreId, LedgerFilter filter) {
        Centre centre = access.requireReadable(centreId);
        return XlsxFile.of(fileName("boekingen", centre, period(filter), "xlsx"), "Boekingen", LEDGER_HEADERS,
                sheet -> {
                    int[] row = {1};
                    eachRow(centreId, filter, r -> {
                        int i = row[0]++;
                        sheet.value(i, 0, r.entryDate());
                        sheet.style(i, 0).format("dd-mm-yyyy").set();
                        sheet.value(i, 1, direction(r.direction()));
                        XlsxFile.text(sheet, i, 2, r.categoryName());
                        XlsxFile.text(sheet, i, 3, r.categoryCode());
                        sheet.value(i, 4, signed(r));
                        sheet.style(i, 4).format(MONEY_FORMAT).set();
                        XlsxFile.text(sheet, i, 5, r.description());
                        XlsxFile.text(sheet, i, 6, r.counterparty());
                        XlsxFile.text(sheet, i, 7, r.reference());
                        sheet.value(i, 8, r.hasReceipt() ? "ja" : "nee");
                        XlsxFile.text(sheet, i, 9, r.accountName());
                    });
                    ledgerTotals(sheet, row[0]);
                    sheet.width(5, 40);
                    sheet.width(9, 24);
                });
    }

    /** Totals below the rows 2..{@code end} (1-based): income and expenses by kind, the balance as their sum. */
    private static void ledgerTotals(Worksheet sheet, int end) {
        String kinds = "B2:B" + Math.max(end, 2);
        String amounts = "E2:E" + Math.max(end, 2);
        int i = end + 1;
        totalRow(sheet, i, TOTAL_INCOME, "SUMIF(" + kinds + ",\"" + direction(Direction.INCOME) + "\"," + amounts + ")");
        totalRow(sheet, i + 1, TOTAL_EXPENSE,
                "-SUMIF(" + kinds + ",\"" + direction(Direction.EXPENSE) + "\"," + amounts + ")");
        totalRow(sheet, i + 2, BALANCE, "E" + (i + 1) + "-E" + (i + 2));
    }

    private static void totalRow(Worksheet sheet, int row, String label, String formula) {
        sheet.value(row, 3, label);
        sheet.formula(row, 4, formula);
        sheet.style(row, 4).format(MONEY_FORMAT).bold().set();
    }

    /** The ledger as Dutch spreadsheets read it. */
    public DownloadFile ledgerCsv(long centreId, LedgerFilter filter) {
        return ledgerCsv(centreId, filter, CsvStyle.DUTCH);
    }

    public DownloadFile ledgerCsv(long centreId, LedgerFilter filter, CsvStyle style) {
        Centre centre = access.requireReadable(centreId);
        var csv = new CsvFile(style, LEDGER_HEADERS);
        eachRow(centreId, filter, r -> csv.row(Arrays.asList(r.entryDate(), direction(r.direction()),
                r.categoryName(), r.categoryCode(), signed(r), r.description(),
                r.counterparty(), r.reference(), r.hasReceipt() ? "ja" : "nee", r.accountName())));
        return csv.toFile(fileName("boekingen", centre, period(filter), "csv"));
    }

    /** Budget versus actual with the expected income the budget screen counts, totals and the result. */
    public DownloadFile reportXlsx(long centreId, int year) {
        Centre centre = access.requireReadable(centreId);
        var export = reportExport(centreId, year);
        return XlsxFile.of(fileName("begroting-vs-werkelijk", centre, String.valueOf(year), "xlsx"),
                "Begroting " + year, BudgetReportExport.HEADERS, export::writeXlsx);
    }

    public DownloadFile reportCsv(long centreId, int year) {
        return reportCsv(centreId, year, CsvStyle.DUTCH);
    }

    public DownloadFile reportCsv(long centreId, int year, CsvStyle style) {
        Centre centre = access.requireReadable(centreId);
        var csv = BudgetReportExport.csv(style);
        reportExport(centreId, year).writeCsv(csv);
        return csv.toFile(fileName("begroting-vs-werkelijk", centre, String.valueOf(year), "csv"));
    }

    private BudgetReportExport reportExport(long centreId, int year) {
        return new BudgetReportExport(budgets.report(centreId, year), budgets.expectedIncome(centreId, year),
                income -> i18n.getTranslation(income.labelKey(), BundleI18NProvider.DUTCH,
                        income.labelArguments().toArray()));
    }

    /** Walks the filtered ledger page by page, so memory does not grow with the number of entries. */
    private void eachRow(long centreId, LedgerFilter filter, Consumer<LedgerRow> consumer) {
        var pageable = PageRequest.of(0, CHUNK, Sort.by("entryDate", "id"));
        while (true) {
            var page = ledger.page(centreId, filter, pageable);
            page.forEach(consumer);
            if (!page.hasNext()) {
                return;
            }
            pageable = pageable.next();
        }
    }

    private static BigDecimal signed(LedgerRow row) {
        return row.direction() == Direction.EXPENSE ? row.amount().negate() : row.amount();
    }

    static String direction(Direction direction) {
        return direction == Direction.INCOME ? "Inkomsten" : "Uitgaven";
    }

    static String period(LedgerFilter filter) {
        if (filter.from() == null && filter.to() == null) {
            return "alles";
        }
        if (filter.from() != null && filter.to() != null && filter.from().getYear() == filter.to().getYear()
                && filter.from().getDayOfYear() == 1 && filter.to().getMonthValue() == 12
                && filter.to().getDayOfMonth() == 31) {
            return String.valueOf(filter.from().getYear());
        }
        return (filter.from() == null ? "begin" : ISO.format(filter.from())) + "_tot_"
                + (filter.to() == null ? "heden" : ISO.format(filter.to()));
    }

    private static String fileName(String what, Centre centre, String period, String extension) {
        return what + "-" + centre.getSlug() + "-" + period + "." + extension;
    }
}
