package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.base.export.CsvStyle;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BudgetData;
import org.apache.commons.csv.CSVFormat;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.ExportService;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.centre.domain.CentreRepository;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.NUDE;
import static nl.ontmoet.bookkeeping.BookkeepingFixtures.POMHORST;
import static nl.ontmoet.bookkeeping.BookkeepingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class ExportServiceIT {

    @Autowired
    ExportService exports;
    @Autowired
    LedgerService ledger;
    @Autowired
    BudgetService budgets;
    @Autowired
    BookkeepingFixtures fixtures;
    @Autowired
    CentreRepository centres;

    @Test
    @WithUserDetails("coordinator")
    void the_ledger_csv_reads_back_in_a_dutch_spreadsheet_as_numbers_and_dates() throws IOException {
        long nude = fixtures.centre(NUDE);
        var entry = fixtures.entry(nude, fixtures.category("ACTIVITEITEN"), LocalDate.of(2014, 5, 3), "1234.50",
                "Café; \"zomer\" bijeenkomst");
        entry.setCounterparty("Bakkerij Ünal");
        ledger.save(entry, null);
        fixtures.book(nude, fixtures.category("BAR"), LocalDate.of(2014, 6, 1), "20.05", "Bar");

        var csv = exports.ledgerCsv(nude, LedgerFilter.year(2014));
        assertThat(csv.fileName()).isEqualTo("boekingen-" + NUDE + "-2014.csv");
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFDatum;Soort;Categorie;Code;Bedrag;Omschrijving;Tegenpartij;Referentie;Bon;Rekening");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("03-05-2014;Uitgaven;Activiteiten;ACTIVITEITEN;-1234,50;"
                + "\"Café; \"\"zomer\"\" bijeenkomst\";Bakkerij Ünal;;nee;Bankrekening");

        // as LibreOffice with Dutch settings reads it: ';' separated, decimal comma, day-month-year
        var records = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1))).getRecords();
        var dutchNumber = (DecimalFormat) NumberFormat.getNumberInstance(Locale.of("nl", "NL"));
        dutchNumber.setParseBigDecimal(true);
        BigDecimal sum = BigDecimal.ZERO;
        for (var record : records) {
            var position = new ParsePosition(0);
            var amount = (BigDecimal) dutchNumber.parse(record.get("Bedrag"), position);
            assertThat(position.getIndex()).as("whole cell is a number").isEqualTo(record.get("Bedrag").length());
            sum = sum.add(amount);
        }
        assertThat(sum).isEqualByComparingTo("-1214.45");
        assertThat(LocalDate.parse(records.getFirst().get("Datum"), DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .isEqualTo(LocalDate.of(2014, 5, 3));
        assertThat(records.get(1).get("Bedrag")).isEqualTo("20,05");

        var machine = new String(exports.ledgerCsv(nude, LedgerFilter.year(2014), CsvStyle.MACHINE).content(),
                StandardCharsets.UTF_8).lines().toList();
        assertThat(machine.getFirst()).isEqualTo("Datum,Soort,Categorie,Code,Bedrag,Omschrijving,Tegenpartij,Referentie,Bon,Rekening");
        assertThat(machine.get(1)).isEqualTo("2014-05-03,Uitgaven,Activiteiten,ACTIVITEITEN,-1234.50,"
                + "\"Café; \"\"zomer\"\" bijeenkomst\",Bakkerij Ünal,,nee,Bankrekening");
    }

    @Test
    @WithUserDetails("coordinator")
    void the_ledger_xlsx_has_signed_amounts_that_sum_to_the_balance_and_totals_as_formulas() throws IOException {
        long nude = fixtures.centre(NUDE);
        fixtures.book(nude, fixtures.category("ACTIVITEITEN"), LocalDate.of(2014, 5, 3), "1234.50", "Zomer");
        fixtures.book(nude, fixtures.category("BAR"), LocalDate.of(2014, 6, 1), "20.00", "Bar");
        fixtures.book(nude, fixtures.category("ZAALVERHUUR"), LocalDate.of(2014, 7, 1), "300.25", "Zaal");

        var xlsx = exports.ledgerXlsx(nude, LedgerFilter.year(2014));
        assertThat(xlsx.fileName()).isEqualTo("boekingen-" + NUDE + "-2014.xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.subList(1, 4)).extracting(r -> r.getCellAsNumber(4).orElseThrow())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("-1234.50"), new BigDecimal("20.00"), new BigDecimal("300.25"));
            assertThat(rows.getFirst().getCellText(9)).isEqualTo("Rekening");
            assertThat(rows.subList(1, 4)).extracting(r -> r.getCellText(9)).containsOnly("Bankrekening");
            BigDecimal column = rows.subList(1, 4).stream().map(r -> r.getCellAsNumber(4).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(column).isEqualByComparingTo(ledger.totals(nude, LedgerFilter.year(2014)).balance())
                    .isEqualByComparingTo("-914.25");
            assertThat(formulaAfter(rows, 3, "Totaal inkomsten", 4)).isEqualTo("SUMIF(B2:B4,\"Inkomsten\",E2:E4)");
            assertThat(formulaAfter(rows, 3, "Totaal uitgaven", 4)).isEqualTo("-SUMIF(B2:B4,\"Uitgaven\",E2:E4)");
            assertThat(formulaAfter(rows, 3, "Saldo", 4)).isEqualTo("E6-E7");
        }
    }

    private static String formulaAfter(List<Row> rows, int labelColumn, String label, int column) {
        return rows.stream().filter(r -> label.equals(r.getCellText(labelColumn))).findFirst().orElseThrow()
                .getCell(column).getFormula();
    }

    @Test
    @WithUserDetails("coordinator")
    void budget_versus_actual_exports_per_category_with_totals_and_result() throws IOException {
        long nude = fixtures.centre(NUDE);
        var budget = budgets.create(nude, 2013);
        var lines = with(budget.lines(), "ONDERHOUD", "200.00", null);
        lines = with(lines, "ZAALVERHUUR", "1000.50", null);
        budgets.save(nude, 2013, budget.version(), lines);
        fixtures.book(nude, fixtures.category("ONDERHOUD"), LocalDate.of(2013, 2, 2), "150.00", "Slot");
        fixtures.book(nude, fixtures.category("ZAALVERHUUR"), LocalDate.of(2013, 3, 2), "400.00", "Zaal");

        String csv = new String(exports.reportCsv(nude, 2013).content(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).contains("Onderhoud;ONDERHOUD;Uitgaven;200.00;150.00;50.00;75.0".replace('.', ','),
                "Totaal inkomsten;;;1000,50;400,00;600,50;", "Totaal uitgaven;;;200,00;150,00;50,00;",
                "Resultaat;;;800,50;250,00;550,50;");
        var xlsx = exports.reportXlsx(nude, 2013);
        assertThat(xlsx.fileName()).isEqualTo("begroting-vs-werkelijk-" + NUDE + "-2013.xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            var rows = workbook.getFirstSheet().read();
            var row = rows.stream().filter(r -> "ONDERHOUD".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("150.00");
            assertThat(row.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("75.0");
            int incomeTotal = rowOf(rows, "Totaal inkomsten");
            int expenseTotal = rowOf(rows, "Totaal uitgaven");
            assertThat(sum(rows.subList(1, incomeTotal - 1), 3)).isEqualByComparingTo("1000.50");
            assertThat(sum(rows.subList(incomeTotal, expenseTotal - 1), 4)).isEqualByComparingTo("150.00");
            assertThat(formulaAfter(rows, 0, "Totaal inkomsten", 3)).isEqualTo("SUM(D2:D" + (incomeTotal - 1) + ")");
            assertThat(formulaAfter(rows, 0, "Totaal uitgaven", 4))
                    .isEqualTo("SUM(E" + (incomeTotal + 1) + ":E" + (expenseTotal - 1) + ")");
            assertThat(formulaAfter(rows, 0, "Resultaat", 3)).isEqualTo("D" + incomeTotal + "-D" + expenseTotal);
        }
    }

    @Test
    @WithUserDetails("coordinator")
    void the_budget_export_counts_the_expected_income_the_budget_screen_counts() throws IOException {
        long nude = fixtures.centre(NUDE);
        int year = TestClock.TODAY.getYear();
        var expected = budgets.expectedIncome(nude, year);
        assertThat(expected).as("the demo data grants a subsidy this year").isNotEmpty();
        var budget = budgets.budget(nude, year);
        // what the budget screen shows as income: the budget lines plus the expected income
        BigDecimal screen = BudgetData.total(budget.lines(), Direction.INCOME).add(BudgetService.total(expected));

        String csv = new String(exports.reportCsv(nude, year, CsvStyle.MACHINE).content(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).anyMatch(line -> line.startsWith("Totaal inkomsten,,," + screen.toPlainString() + ","));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(exports.reportXlsx(nude, year).content()))) {
            var rows = workbook.getFirstSheet().read();
            int incomeTotal = rowOf(rows, "Totaal inkomsten");
            assertThat(sum(rows.subList(1, incomeTotal - 1), 3)).isEqualByComparingTo(screen);
            assertThat(rows.subList(1, incomeTotal - 1)).extracting(r -> r.getCellText(1))
                    .contains(expected.getFirst().categoryCode());
        }
    }

    private static int rowOf(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow().getRowNum();
    }

    private static BigDecimal sum(List<Row> rows, int column) {
        return rows.stream().map(r -> r.getCellAsNumber(column).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    @WithUserDetails("coordinator")
    void ledger_texts_that_a_spreadsheet_would_run_as_formulas_are_exported_as_text() throws IOException {
        long nude = fixtures.centre(NUDE);
        var attacks = List.of("=HYPERLINK(\"http://x\",\"klik\")", "@SUM(A1)", "+31612345678", "-2+3");
        for (int day = 0; day < attacks.size(); day++) {
            var entry = fixtures.entry(nude, fixtures.category("BAR"), LocalDate.of(2012, 3, day + 1), "10.00",
                    attacks.get(day));
            entry.setCounterparty("=1+1");
            ledger.save(entry, null);
        }

        var lines = new String(exports.ledgerCsv(nude, LedgerFilter.year(2012)).content(), StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(lines).containsExactly(
                "\uFEFFDatum;Soort;Categorie;Code;Bedrag;Omschrijving;Tegenpartij;Referentie;Bon;Rekening",
                "01-03-2012;Inkomsten;Bar en consumpties;BAR;10,00;\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";'=1+1;;nee;Bankrekening",
                "02-03-2012;Inkomsten;Bar en consumpties;BAR;10,00;'@SUM(A1);'=1+1;;nee;Bankrekening",
                "03-03-2012;Inkomsten;Bar en consumpties;BAR;10,00;'+31612345678;'=1+1;;nee;Bankrekening",
                "04-03-2012;Inkomsten;Bar en consumpties;BAR;10,00;'-2+3;'=1+1;;nee;Bankrekening");

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                exports.ledgerXlsx(nude, LedgerFilter.year(2012)).content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.subList(1, 5)).extracting(r -> r.getCellText(5)).containsExactly(
                    "'=HYPERLINK(\"http://x\",\"klik\")", "'@SUM(A1)", "'+31612345678", "'-2+3");
            assertThat(rows.subList(1, 5)).extracting(r -> r.getCellText(6)).containsOnly("'=1+1");
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("10.00");
            assertThat(formulaAfter(rows, 3, "Saldo", 4)).isEqualTo("E7-E8");
        }
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_ledger_cannot_be_exported() {
        long nude = fixtures.centre(NUDE);
        assertThatThrownBy(() -> exports.ledgerCsv(nude, LedgerFilter.none())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> exports.reportXlsx(nude, 2024)).isInstanceOf(RecordNotFoundException.class);
        assertThat(centres.findBySlug(POMHORST)).isPresent();
    }
}
