package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
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
    void the_ledger_exports_its_filter_as_utf8_csv_with_plain_decimals_and_as_xlsx_with_numbers() throws IOException {
        long nude = fixtures.centre(NUDE);
        var entry = fixtures.entry(nude, fixtures.category("ACTIVITEITEN"), LocalDate.of(2014, 5, 3), "1234.50",
                "Café; \"zomer\" bijeenkomst");
        entry.setCounterparty("Bakkerij Ünal");
        ledger.save(entry, null);
        fixtures.book(nude, fixtures.category("BAR"), LocalDate.of(2014, 6, 1), "20.00", "Bar");

        var csv = exports.ledgerCsv(nude, LedgerFilter.year(2014));
        assertThat(csv.fileName()).isEqualTo("boekingen-" + NUDE + "-2014.csv");
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFDatum;Soort;Categorie;Code;Bedrag;Omschrijving;Tegenpartij;Referentie;Bon");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("2014-05-03;Uitgaven;Activiteiten;ACTIVITEITEN;1234.50;"
                + "\"Café; \"\"zomer\"\" bijeenkomst\";Bakkerij Ünal;;nee");

        var xlsx = exports.ledgerXlsx(nude, LedgerFilter.year(2014));
        assertThat(xlsx.fileName()).isEqualTo("boekingen-" + NUDE + "-2014.xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("1234.50");
            var balance = rows.stream().filter(r -> "Saldo".equals(r.getCellText(3))).findFirst().orElseThrow();
            assertThat(balance.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("-1214.50");
        }
    }

    @Test
    @WithUserDetails("coordinator")
    void budget_versus_actual_exports_per_category() throws IOException {
        long nude = fixtures.centre(NUDE);
        var budget = budgets.create(nude, 2013);
        budgets.save(nude, 2013, budget.version(), with(budget.lines(), "ONDERHOUD", "200.00", null));
        fixtures.book(nude, fixtures.category("ONDERHOUD"), LocalDate.of(2013, 2, 2), "150.00", "Slot");

        String csv = new String(exports.reportCsv(nude, 2013).content(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).contains("Onderhoud;ONDERHOUD;Uitgaven;200.00;150.00;50.00;75.0");
        var xlsx = exports.reportXlsx(nude, 2013);
        assertThat(xlsx.fileName()).isEqualTo("begroting-vs-werkelijk-" + NUDE + "-2013.xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            var row = workbook.getFirstSheet().read().stream().filter(r -> "ONDERHOUD".equals(r.getCellText(1)))
                    .findFirst().orElseThrow();
            assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("150.00");
            assertThat(row.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("75.0");
        }
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
                "\uFEFFDatum;Soort;Categorie;Code;Bedrag;Omschrijving;Tegenpartij;Referentie;Bon",
                "2012-03-01;Inkomsten;Bar en consumpties;BAR;10.00;\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";'=1+1;;nee",
                "2012-03-02;Inkomsten;Bar en consumpties;BAR;10.00;'@SUM(A1);'=1+1;;nee",
                "2012-03-03;Inkomsten;Bar en consumpties;BAR;10.00;'+31612345678;'=1+1;;nee",
                "2012-03-04;Inkomsten;Bar en consumpties;BAR;10.00;'-2+3;'=1+1;;nee");

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                exports.ledgerXlsx(nude, LedgerFilter.year(2012)).content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.subList(1, 5)).extracting(r -> r.getCellText(5)).containsExactly(
                    "'=HYPERLINK(\"http://x\",\"klik\")", "'@SUM(A1)", "'+31612345678", "'-2+3");
            assertThat(rows.subList(1, 5)).extracting(r -> r.getCellText(6)).containsOnly("'=1+1");
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("10.00");
            var balance = rows.stream().filter(r -> "Saldo".equals(r.getCellText(3))).findFirst().orElseThrow();
            assertThat(balance.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("40.00");
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
