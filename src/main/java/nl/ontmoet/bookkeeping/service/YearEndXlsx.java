package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.export.XlsxFile;
import org.dhatim.fastexcel.Worksheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The jaarrekening as one sheet: the staat van baten en lasten (columns Begroot, Werkelijk, Verschil; expenses
 * negative, totals and result as formulas), then the balance at 31 December (column B 1 januari, C 31 december;
 * the totals and the equity as formulas, so that Totaal passiva equals Totaal activa in the sheet itself).
 */
final class YearEndXlsx {

    static final List<String> HEADERS = List.of("Post", "Begroot", "Werkelijk", "Verschil");
    static final String TOTAL_INCOME = "Totaal baten";
    static final String TOTAL_EXPENSES = "Totaal lasten";
    static final String RESULT = "Resultaat";
    static final String TOTAL_ASSETS = "Totaal activa";
    static final String TOTAL_PAYABLES = "Totaal schulden";
    static final String EQUITY_START = "Eigen vermogen 1 januari";
    static final String CHANGE = "Mutatie vorderingen en schulden";
    static final String EQUITY = "Eigen vermogen 31 december";
    static final String TOTAL_LIABILITIES = "Totaal passiva";
    private static final String MONEY_FORMAT = "#,##0.00";

    private final YearEndStatement statement;
    private final Function<BalanceItem, String> label;
    private Worksheet sheet;
    private int row;

    YearEndXlsx(YearEndStatement statement, Function<BalanceItem, String> label) {
        this.statement = statement;
        this.label = label;
    }

    DownloadFile toFile(String fileName) {
        return XlsxFile.of(fileName, "Jaarrekening " + statement.year(), HEADERS, this::write);
    }

    private void write(Worksheet worksheet) {
        sheet = worksheet;
        row = 1;
        heading("Jaarrekening " + statement.year() + " " + statement.centreName()
                + (statement.provisional() ? " (voorlopig: het jaar is nog niet afgesloten)" : ""));
        row++;
        int income = section("Baten", statement.income(), TOTAL_INCOME);
        row++;
        int expenses = section("Lasten", statement.expenses(), TOTAL_EXPENSES);
        row++;
        int result = row++;
        XlsxFile.text(sheet, result, 0, RESULT);
        for (String column : List.of("B", "C")) {
            sheet.formula(result, column.charAt(0) - 'A', column + (income + 1) + "+" + column + (expenses + 1));
        }
        difference(result);
        sheet.range(result, 0, result, 3).style().format(MONEY_FORMAT).bold().set();
        row++;
        balance(result);
        sheet.width(0, 52);
        sheet.width(1, 16);
        sheet.width(2, 16);
        sheet.width(3, 16);
    }

    /** Lines of one side and their total row; returns the total's (0-based) row. */
    private int section(String title, List<YearEndStatement.Line> lines, String totalLabel) {
        heading(title);
        int first = row;
        for (var line : lines) {
            XlsxFile.text(sheet, row, 0, line.name());
            sheet.value(row, 1, line.budgeted());
            sheet.value(row, 2, line.actual());
            difference(row);
            sheet.range(row, 1, row, 3).style().format(MONEY_FORMAT).set();
            row++;
        }
        int total = row++;
        XlsxFile.text(sheet, total, 0, totalLabel);
        sum(total, 1, first, total - 1);
        sum(total, 2, first, total - 1);
        difference(total);
        sheet.range(total, 0, total, 3).style().format(MONEY_FORMAT).bold().set();
        return total;
    }

    private void balance(int result) {
        heading("Balans per 31-12-" + statement.year());
        sheet.value(row, 1, "1 januari");
        sheet.value(row, 2, "31 december");
        sheet.range(row, 1, row, 2).style().bold().set();
        row++;
        heading("Activa");
        int first = row;
        for (var account : statement.accounts()) {
            XlsxFile.text(sheet, row, 0, account.iban() == null ? account.name()
                    : account.name() + " (" + account.iban() + ")");
            sheet.value(row, 1, account.opening());
            sheet.value(row, 2, account.closing());
            sheet.range(row, 1, row, 2).style().format(MONEY_FORMAT).set();
            row++;
        }
        items(statement.receivables());
        totalRow(TOTAL_ASSETS, first);
        row++;
        heading("Passiva");
        first = row;
        items(statement.payables());
        int payables = totalRow(TOTAL_PAYABLES, first);
        int start = amountRow(EQUITY_START, statement.equityAtStart());
        int resultRow = row++;
        XlsxFile.text(sheet, resultRow, 0, RESULT + " " + statement.year());
        sheet.formula(resultRow, 2, "C" + (result + 1));
        sheet.style(resultRow, 2).format(MONEY_FORMAT).set();
        amountRow(CHANGE, statement.changeInReceivablesAndPayables());
        int equity = row++;
        XlsxFile.text(sheet, equity, 0, EQUITY);
        sheet.formula(equity, 2, "SUM(C" + (start + 1) + ":C" + equity + ")");
        sheet.range(equity, 0, equity, 2).style().format(MONEY_FORMAT).bold().set();
        int liabilities = row++;
        XlsxFile.text(sheet, liabilities, 0, TOTAL_LIABILITIES);
        sheet.formula(liabilities, 2, "C" + (payables + 1) + "+C" + (equity + 1));
        sheet.range(liabilities, 0, liabilities, 2).style().format(MONEY_FORMAT).bold().set();
    }

    private void items(List<BalanceItem> items) {
        for (var item : items) {
            amountRow(label.apply(item), item.amount());
        }
    }

    private int amountRow(String text, BigDecimal amount) {
        int at = row++;
        XlsxFile.text(sheet, at, 0, text);
        sheet.value(at, 2, amount);
        sheet.style(at, 2).format(MONEY_FORMAT).set();
        return at;
    }

    private int totalRow(String text, int first) {
        int at = row++;
        XlsxFile.text(sheet, at, 0, text);
        sum(at, 2, first, at - 1);
        sheet.range(at, 0, at, 2).style().format(MONEY_FORMAT).bold().set();
        return at;
    }

    /** A sum of rows {@code from..to} (0-based, inclusive) in a column; an empty range totals zero. */
    private void sum(int at, int column, int from, int to) {
        String letter = String.valueOf((char) ('A' + column));
        if (to < from) {
            sheet.value(at, column, BigDecimal.ZERO);
        } else {
            sheet.formula(at, column, "SUM(" + letter + (from + 1) + ":" + letter + (to + 1) + ")");
        }
    }

    private void difference(int at) {
        sheet.formula(at, 3, "C" + (at + 1) + "-B" + (at + 1));
    }

    private void heading(String text) {
        XlsxFile.text(sheet, row, 0, text);
        sheet.style(row, 0).bold().set();
        row++;
    }
}
