package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.base.export.CsvFile;
import nl.ontmoet.base.export.CsvStyle;
import nl.ontmoet.base.export.XlsxFile;
import nl.ontmoet.bookkeeping.domain.Direction;
import org.dhatim.fastexcel.Worksheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of budget versus actual as exported: income per category, then the income other features expect
 * (granted subsidies, as the budget screen counts it), the income total, expenses per category, the expense total
 * and the result. In XLSX the totals are formulas over the rows above them.
 */
final class BudgetReportExport {

    static final List<String> HEADERS = List.of("Categorie", "Code", "Soort", "Begroot", "Werkelijk",
            "Verschil", "% besteed");
    static final String TOTAL_INCOME = "Totaal inkomsten";
    static final String TOTAL_EXPENSE = "Totaal uitgaven";
    static final String RESULT = "Resultaat";
    private static final String MONEY_FORMAT = "#,##0.00";

    /** One exported line; {@code actual} is null for expected income, which is a budget figure only. */
    record Line(String name, String code, Direction direction, BigDecimal budgeted, BigDecimal actual,
                BigDecimal percentUsed) {
    }

    private final List<Line> income = new ArrayList<>();
    private final List<Line> expense = new ArrayList<>();

    BudgetReportExport(BudgetReport report, List<ExpectedIncome> expected, Function<ExpectedIncome, String> label) {
        for (ReportLine line : report.lines()) {
            (line.direction() == Direction.INCOME ? income : expense).add(new Line(line.name(), line.code(),
                    line.direction(), line.budgeted(), line.actual(), line.percentUsed()));
        }
        for (ExpectedIncome expectedIncome : expected) {
            income.add(new Line(label.apply(expectedIncome), expectedIncome.categoryCode(), Direction.INCOME,
                    expectedIncome.amount(), null, null));
        }
    }

    BigDecimal budgeted(Direction direction) {
        return sum(direction, Line::budgeted);
    }

    BigDecimal actual(Direction direction) {
        return sum(direction, Line::actual);
    }

    private BigDecimal sum(Direction direction, Function<Line, BigDecimal> value) {
        return (direction == Direction.INCOME ? income : expense).stream().map(value)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    void writeCsv(CsvFile csv) {
        income.forEach(line -> csvLine(csv, line));
        csvTotal(csv, TOTAL_INCOME, budgeted(Direction.INCOME), actual(Direction.INCOME));
        expense.forEach(line -> csvLine(csv, line));
        csvTotal(csv, TOTAL_EXPENSE, budgeted(Direction.EXPENSE), actual(Direction.EXPENSE));
        csvTotal(csv, RESULT, budgeted(Direction.INCOME).subtract(budgeted(Direction.EXPENSE)),
                actual(Direction.INCOME).subtract(actual(Direction.EXPENSE)));
    }

    private static void csvLine(CsvFile csv, Line line) {
        csv.row(Arrays.asList(line.name(), line.code(), ExportService.direction(line.direction()), line.budgeted(),
                line.actual(), line.actual() == null ? null : line.budgeted().subtract(line.actual()),
                line.percentUsed()));
    }

    private static void csvTotal(CsvFile csv, String label, BigDecimal budgeted, BigDecimal actual) {
        csv.row(Arrays.asList(label, null, null, budgeted, actual, budgeted.subtract(actual), null));
    }

    /** Writes the lines from the second row on; 1-based spreadsheet rows in formulas are {@code index + 1}. */
    void writeXlsx(Worksheet sheet) {
        int first = 1;
        int row = writeLines(sheet, first, income);
        int incomeTotal = row;
        totalRow(sheet, row, TOTAL_INCOME, first, row - 1);
        first = row + 1;
        row = writeLines(sheet, first, expense);
        int expenseTotal = row;
        totalRow(sheet, row, TOTAL_EXPENSE, first, row - 1);
        row += 2;
        sheet.value(row, 0, RESULT);
        for (int column = 3; column <= 5; column++) {
            String letter = String.valueOf((char) ('A' + column));
            sheet.formula(row, column, letter + (incomeTotal + 1) + "-" + letter + (expenseTotal + 1));
        }
        sheet.range(row, 0, row, 5).style().format(MONEY_FORMAT).bold().set();
        sheet.width(0, 40);
    }

    private static int writeLines(Worksheet sheet, int row, List<Line> lines) {
        for (Line line : lines) {
            XlsxFile.text(sheet, row, 0, line.name());
            XlsxFile.text(sheet, row, 1, line.code());
            sheet.value(row, 2, ExportService.direction(line.direction()));
            sheet.value(row, 3, line.budgeted());
            if (line.actual() != null) {
                sheet.value(row, 4, line.actual());
                sheet.formula(row, 5, "D" + (row + 1) + "-E" + (row + 1));
            }
            sheet.range(row, 3, row, 5).style().format(MONEY_FORMAT).set();
            if (line.percentUsed() != null) {
                sheet.value(row, 6, line.percentUsed());
                sheet.style(row, 6).format("0.0").set();
            }
            row++;
        }
        return row;
    }

    /** A total of rows {@code from..to} (0-based, inclusive) and its difference; an empty section totals zero. */
    private static void totalRow(Worksheet sheet, int row, String label, int from, int to) {
        sheet.value(row, 0, label);
        for (int column = 3; column <= 4; column++) {
            String letter = String.valueOf((char) ('A' + column));
            if (to < from) {
                sheet.value(row, column, BigDecimal.ZERO);
            } else {
                sheet.formula(row, column, "SUM(" + letter + (from + 1) + ":" + letter + (to + 1) + ")");
            }
        }
        sheet.formula(row, 5, "D" + (row + 1) + "-E" + (row + 1));
        sheet.range(row, 0, row, 5).style().format(MONEY_FORMAT).bold().set();
    }

    static CsvFile csv(CsvStyle style) {
        return new CsvFile(style, HEADERS);
    }
}
