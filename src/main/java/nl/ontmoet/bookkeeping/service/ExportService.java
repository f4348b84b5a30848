package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import nl.ontmoet.base.export.CsvFile;
import nl.ontmoet.base.export.XlsxFile;
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
import java.util.List;
import java.util.function.Consumer;

/**
 * Exports of the ledger (with the screen's filter) and of budget versus actual, as XLSX (numbers as real
 * numbers with a thousands separator and two decimals, so Dutch Excel shows 1.234,56) and as CSV (UTF-8,
 * plain '.' decimals, ';' separated as Dutch spreadsheets expect). Text cells are neutralised
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

    static final List<String> LEDGER_HEADERS = List.of("Datum", "Soort", "Categorie", "Code", "Bedrag",
            "Omschrijving", "Tegenpartij", "Referentie", "Bon");
    static final List<String> REPORT_HEADERS = List.of("Categorie", "Code", "Soort", "Begroot", "Werkelijk",
            "Verschil", "% besteed");

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
                        sheet.value(i, 4, r.amount());
                        sheet.style(i, 4).format(MONEY_FORMAT).set();
                        XlsxFile.text(sheet, i, 5, r.description());
                        XlsxFile.text(sheet, i, 6, r.counterparty());
                        XlsxFile.text(sheet, i, 7, r.reference());
                        sheet.value(i, 8, r.hasReceipt() ? "ja" : "nee");
                    });
                    var totals = ledger.totals(centreId, filter);
                    int i = row[0] + 1;
                    moneyRow(sheet, i, "Totaal inkomsten", 4, totals.income());
                    moneyRow(sheet, i + 1, "Totaal uitgaven", 4, totals.expense());
                    moneyRow(sheet, i + 2, "Saldo", 4, totals.balance());
                    sheet.width(5, 40);
                });
    }

    public DownloadFile ledgerCsv(long centreId, LedgerFilter filter) {
        Centre centre = access.requireReadable(centreId);
        var csv = new CsvFile(LEDGER_HEADERS);
        eachRow(centreId, filter, r -> csv.row(Arrays.asList(ISO.format(r.entryDate()), direction(r.direction()),
                r.categoryName(), r.categoryCode(), r.amount().toPlainString(), r.description(),
                r.counterparty(), r.reference(), r.hasReceipt() ? "ja" : "nee")));
        return csv.toFile(fileName("boekingen", centre, period(filter), "csv"));
    }

    public DownloadFile reportXlsx(long centreId, int year) {
        Centre centre = access.requireReadable(centreId);
        var report = budgets.report(centreId, year);
        return XlsxFile.of(fileName("begroting-vs-werkelijk", centre, String.valueOf(year), "xlsx"),
                "Begroting " + year, REPORT_HEADERS, sheet -> {
                    int i = 1;
                    for (ReportLine line : report.lines()) {
                        XlsxFile.text(sheet, i, 0, line.name());
                        XlsxFile.text(sheet, i, 1, line.code());
                        sheet.value(i, 2, direction(line.direction()));
                        sheet.value(i, 3, line.budgeted());
                        sheet.value(i, 4, line.actual());
                        sheet.value(i, 5, line.difference());
                        sheet.range(i, 3, i, 5).style().format(MONEY_FORMAT).set();
                        if (line.percentUsed() != null) {
                            sheet.value(i, 6, line.percentUsed());
                            sheet.style(i, 6).format("0.0").set();
                        }
                        i++;
                    }
                    sheet.width(0, 30);
                });
    }

    public DownloadFile reportCsv(long centreId, int year) {
        Centre centre = access.requireReadable(centreId);
        var csv = new CsvFile(REPORT_HEADERS);
        for (ReportLine line : budgets.report(centreId, year).lines()) {
            csv.row(List.of(line.name(), line.code(), direction(line.direction()),
                    line.budgeted().toPlainString(), line.actual().toPlainString(),
                    line.difference().toPlainString(),
                    line.percentUsed() == null ? "" : line.percentUsed().toPlainString()));
        }
        return csv.toFile(fileName("begroting-vs-werkelijk", centre, String.valueOf(year), "csv"));
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

    private static void moneyRow(Worksheet sheet, int row, String label, int column, BigDecimal amount) {
        sheet.value(row, column - 1, label);
        sheet.value(row, column, amount);
        sheet.style(row, column).format(MONEY_FORMAT).bold().set();
    }

    private static String direction(Direction direction) {
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
