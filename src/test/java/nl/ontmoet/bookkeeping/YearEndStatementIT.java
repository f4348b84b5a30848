package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.LedgerAccount;
import nl.ontmoet.bookkeeping.service.BalanceItem;
import nl.ontmoet.bookkeeping.service.BudgetService;
import nl.ontmoet.bookkeeping.service.LedgerAccountService;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import nl.ontmoet.bookkeeping.service.YearEndService;
import nl.ontmoet.bookkeeping.service.YearEndStatement;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.LegalEntity;
import nl.ontmoet.centre.domain.LegalEntityRepository;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.subsidy.PdfAValidation;
import nl.ontmoet.subsidy.SubsidyFixture;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.service.SubsidyDecisionService;
import nl.ontmoet.subsidy.service.SubsidyDraftService;
import nl.ontmoet.subsidy.service.SubsidyPaymentService;
import nl.ontmoet.subsidy.service.SubsidyReportService;
import nl.ontmoet.subsidy.service.SubsidySchemeService;
import nl.ontmoet.subsidy.service.SubsidySettlementService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The jaarrekening of a centre-year built by hand: two accounts with opening balances, a budget, entries in several
 * categories, a subsidy settled lower than its paid advance (to be repaid) and one whose advance is not yet
 * received; every figure against hand-computed numbers, the XLSX read back, the PDF checked as PDF/A. Rolled back.
 */
@IntegrationTest
@Transactional
class YearEndStatementIT {

    private static final int YEAR = 2026;

    @Autowired
    YearEndService yearEnd;
    @Autowired
    YearCloseService yearClose;
    @Autowired
    LedgerAccountService accounts;
    @Autowired
    LedgerService ledger;
    @Autowired
    BudgetService budgets;
    @Autowired
    BookkeepingFixtures fixtures;
    @Autowired
    SubsidyFixture subsidies;
    @Autowired
    SubsidySchemeService schemes;
    @Autowired
    SubsidyDraftService drafts;
    @Autowired
    SubsidyDecisionService decisions;
    @Autowired
    SubsidyReportService reports;
    @Autowired
    SubsidySettlementService settlements;
    @Autowired
    SubsidyPaymentService payments;
    @Autowired
    CentreRepository centres;
    @Autowired
    LegalEntityRepository legalEntities;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TestUsers testUsers;

    long centreId;

    @BeforeEach
    void aSmallCentreYear() {
        var centre = new Centre("Buurthuis Jaarrekening", "Zuid", "Zuidweg 1");
        centre.assignSlug("buurthuis-jaarrekening");
        centre.setCoordinators(Set.of(users.findByUsername("coordinator").orElseThrow()));
        centreId = centres.saveAndFlush(centre).getId();
        var nude = legalEntities.findByCentreId(subsidies.centre(SubsidyFixture.NUDE)).orElseThrow();
        var entity = new LegalEntity(centre);
        entity.setName("Stichting Buurthuis Jaarrekening");
        entity.setKvkNumber(nude.getKvkNumber());
        entity.setStreet(nude.getStreet());
        entity.setPostalCode(nude.getPostalCode());
        entity.setCity(nude.getCity());
        entity.setIban(nude.getIban());
        legalEntities.saveAndFlush(entity);

        testUsers.as("coordinator", () -> {
            var bank = accounts.addBankAccount(centreId, "Betaalrekening", "NL91ABNA0417164300");
            var cash = accounts.addCashBox(centreId, "Kas");
            accounts.setOpeningBalance(bank.getId(), YEAR, new BigDecimal("10000.00"));
            accounts.setOpeningBalance(cash.getId(), YEAR, new BigDecimal("250.00"));
            var budget = budgets.create(centreId, YEAR);
            var lines = with(budget.lines(), "ZAALVERHUUR", "3000.00", null);
            lines = with(lines, "BAR", "1500.00", null);
            lines = with(lines, "HUUR_ENERGIE", "6000.00", null);
            lines = with(lines, "ACTIVITEITEN", "2000.00", null);
            budgets.save(centreId, YEAR, budget.version(), lines);
            book(bank, "ZAALVERHUUR", LocalDate.of(YEAR, 2, 10), "1200.00");
            book(bank, "ZAALVERHUUR", LocalDate.of(YEAR, 5, 1), "850.50");
            book(cash, "BAR", LocalDate.of(YEAR, 3, 15), "640.25");
            book(bank, "HUUR_ENERGIE", LocalDate.of(YEAR, 4, 1), "4950.00");
            book(cash, "ACTIVITEITEN", LocalDate.of(YEAR, 6, 1), "310.40");
            book(bank, "BAR", LocalDate.of(YEAR - 1, 12, 31), "99.00");
        });

        SubsidyScheme scheme = subsidies.scheme("Jaarrekening " + System.nanoTime(), "50000");
        var edit = subsidies.as("manager", () -> schemes.edit(scheme.getId()));
        edit.setAdvancePercentage(80);
        var withAdvance = subsidies.as("manager", () -> schemes.save(edit));
        // settled at 5000 after an advance of 6400 was received: 1400 to repay
        long repaid = granted(withAdvance, "Koken met buren", "8000");
        long advance = subsidies.as("manager", () -> payments.overview(repaid)).lines().getFirst().getId();
        subsidies.as("manager", () -> payments.markPaid(advance, LocalDate.of(YEAR, 3, 1), "VOORSCHOT-1"));
        subsidies.as("coordinator", () -> reports.submit(repaid, SubsidyFixture.report(10, 100, 2)));
        subsidies.as("manager", () -> settlements.settle(repaid, new BigDecimal("5000"), "Minder activiteiten"));
        // granted 2000 with an advance of 1600 due today and not yet received
        granted(withAdvance, "Zomerschool", "2000");
    }

    private long granted(SubsidyScheme scheme, String title, String amount) {
        long id = subsidies.as("coordinator", () -> drafts.saveDraft(centreId, null,
                SubsidyFixture.complete(scheme, title, amount)).getId());
        subsidies.as("coordinator", () -> drafts.submit(id));
        subsidies.as("manager", () -> decisions.grant(id, new BigDecimal(amount), "Voorwaarde", null,
                SubsidyFixture.REPORT_DUE));
        return id;
    }

    private void book(LedgerAccount account, String category, LocalDate date, String amount) {
        var entry = fixtures.entry(centreId, fixtures.category(category), date, amount, category);
        entry.setAccount(account);
        ledger.save(entry, null);
    }

    @Test
    void every_figure_of_the_statement_is_as_computed_by_hand_and_the_balance_balances() {
        var s = testUsers.as("coordinator", () -> yearEnd.statement(centreId, YEAR));

        assertThat(s.provisional()).isTrue();
        // income: rent 1200.00 + 850.50; bar 640.25; subsidy advance 6400 (budget: the two grants, 5000 settled + 2000)
        assertThat(lines(s.income())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ZAALVERHUUR", List.of("3000.00", "2050.50", "-949.50"),
                "BAR", List.of("1500.00", "640.25", "-859.75"),
                "SUBSIDIE", List.of("7000.00", "6400.00", "-600.00")));
        assertThat(lines(s.expenses())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "HUUR_ENERGIE", List.of("-6000.00", "-4950.00", "1050.00"),
                "ACTIVITEITEN", List.of("-2000.00", "-310.40", "1689.60")));
        assertThat(s.budgetedIncome()).isEqualByComparingTo("11500.00");
        assertThat(s.actualIncome()).isEqualByComparingTo("9090.75");
        assertThat(s.budgetedExpenses()).isEqualByComparingTo("-8000.00");
        assertThat(s.actualExpenses()).isEqualByComparingTo("-5260.40");
        assertThat(s.budgetedResult()).isEqualByComparingTo("3500.00");
        assertThat(s.result()).isEqualByComparingTo("3830.35");

        // bank 10000 + 1200 + 850.50 + 6400 - 4950; cash 250 + 640.25 - 310.40 (the entry of 2025 is before the
        // opening balance of 2026 and does not count)
        assertThat(s.accounts()).extracting(YearEndStatement.AccountLine::name, a -> a.opening().toPlainString(),
                a -> a.closing().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Betaalrekening", "10000.00", "13500.50"),
                org.assertj.core.groups.Tuple.tuple("Kas", "250.00", "579.85"));
        assertThat(s.cash()).isEqualByComparingTo("14080.35");
        assertThat(s.receivables()).extracting(BalanceItem::amount, BalanceItem::labelArguments)
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("1600.00"), List.of("Zomerschool")));
        assertThat(s.payables()).extracting(BalanceItem::amount, BalanceItem::labelArguments)
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("1400.00"), List.of("Koken met buren")));
        assertThat(s.assets()).isEqualByComparingTo("15680.35");
        assertThat(s.payablesTotal()).isEqualByComparingTo("1400.00");
        assertThat(s.equity()).isEqualByComparingTo("14280.35");
        assertThat(s.equityAtStart()).isEqualByComparingTo("10250.00");
        assertThat(s.changeInReceivablesAndPayables()).isEqualByComparingTo("200.00");
        assertThat(s.liabilitiesAndEquity()).isEqualByComparingTo(s.assets());
        assertThat(s.payablesTotal().add(s.equity())).isEqualByComparingTo("15680.35");

        // after closing, the same figures are final and the closing balances open the next year
        testUsers.as("coordinator", () -> yearClose.close(centreId, YEAR));
        var closed = testUsers.as("manager", () -> yearEnd.statement(centreId, YEAR));
        assertThat(closed.provisional()).isFalse();
        assertThat(closed.equity()).isEqualByComparingTo("14280.35");
        var next = testUsers.as("coordinator", () -> yearEnd.statement(centreId, YEAR + 1));
        assertThat(next.openingTotal()).isEqualByComparingTo("14080.35");
        assertThat(next.equityAtStart()).isEqualByComparingTo("14280.35");
    }

    @Test
    void the_xlsx_has_signed_amounts_and_totals_as_formulas_that_add_up_to_the_statement() throws IOException {
        var file = testUsers.as("coordinator", () -> yearEnd.xlsx(centreId, YEAR));
        assertThat(file.fileName()).isEqualTo("jaarrekening-buurthuis-jaarrekening-2026.xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            var sheet = new Sheet(rows);
            assertThat(rows.get(1).getCellText(0)).contains("Jaarrekening 2026", "voorlopig");
            Row rent = sheet.row(fixtures.category("ZAALVERHUUR").getName());
            assertThat(rent.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("3000.00");
            assertThat(rent.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("2050.50");
            Row energy = sheet.row(fixtures.category("HUUR_ENERGIE").getName());
            assertThat(energy.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("-4950.00");
            assertThat(energy.getCell(3).getFormula()).isEqualTo("C" + (energy.getRowNum()) + "-B" + energy.getRowNum());
            assertThat(sheet.row("Totaal baten").getCell(2).getFormula()).startsWith("SUM(C");
            assertThat(sheet.row("Resultaat").getCell(2).getFormula()).matches("C\\d+\\+C\\d+");
            assertThat(sheet.row("Totaal passiva").getCell(2).getFormula()).matches("C\\d+\\+C\\d+");

            assertThat(sheet.value("Totaal baten", 1)).isEqualByComparingTo("11500.00");
            assertThat(sheet.value("Totaal baten", 2)).isEqualByComparingTo("9090.75");
            assertThat(sheet.value("Totaal lasten", 2)).isEqualByComparingTo("-5260.40");
            assertThat(sheet.value("Resultaat", 1)).isEqualByComparingTo("3500.00");
            assertThat(sheet.value("Resultaat", 2)).isEqualByComparingTo("3830.35");
            assertThat(sheet.value("Resultaat", 3)).isEqualByComparingTo("330.35");
            assertThat(sheet.value("Totaal activa", 2)).isEqualByComparingTo("15680.35");
            assertThat(sheet.value("Totaal schulden", 2)).isEqualByComparingTo("1400.00");
            assertThat(sheet.value("Eigen vermogen 31 december", 2)).isEqualByComparingTo("14280.35");
            assertThat(sheet.value("Totaal passiva", 2)).isEqualByComparingTo("15680.35");
        }
    }

    @Test
    void the_pdf_is_pdf_a_with_the_key_amounts_dutch_dates_and_places_to_sign() throws IOException {
        var file = testUsers.as("coordinator", () -> yearEnd.pdf(centreId, YEAR));
        assertThat(file.fileName()).isEqualTo("jaarrekening-buurthuis-jaarrekening-2026.pdf");
        assertThat(PdfAValidation.failures(file.content())).isEmpty();
        String text;
        try (var document = Loader.loadPDF(file.content())) {
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Jaarrekening 2026 Buurthuis Jaarrekening", "Voorlopig: 2026 is nog niet afgesloten",
                "Staat van baten en lasten", "€ 9.090,75", "€ -5.260,40", "€ 3.830,35", "Balans per 31-12-2026",
                "€ 13.500,50", "€ 579,85", "Subsidie Zomerschool: nog te ontvangen € 1.600,00",
                "Subsidie Koken met buren: terug te betalen € 1.400,00", "€ 14.280,35", "€ 15.680,35",
                "Voorzitter", "Penningmeester", "Naam:", "Datum:");
    }

    @Test
    void a_coordinator_of_another_centre_and_a_coach_are_refused() {
        assertThatThrownBy(() -> testUsers.as("coordinator2", () -> yearEnd.statement(centreId, YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> testUsers.as("coordinator2", () -> yearEnd.pdf(centreId, YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> testUsers.as("coordinator2", () -> yearEnd.xlsx(centreId, YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
        long nude = fixtures.centre(BookkeepingFixtures.NUDE);
        // the coach reads De Nude's books (she coaches its coordinator), but not the board's statement
        assertThat(testUsers.as("coach", () -> ledger.totals(nude, nl.ontmoet.bookkeeping.service.LedgerFilter.year(YEAR))))
                .isNotNull();
        assertThatThrownBy(() -> testUsers.as("coach", () -> yearEnd.statement(nude, YEAR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as("coach", () -> yearEnd.pdf(nude, YEAR)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, List<String>> lines(List<YearEndStatement.Line> lines) {
        Map<String, List<String>> byCode = new HashMap<>();
        lines.forEach(l -> byCode.put(l.code(), List.of(l.budgeted().toPlainString(), l.actual().toPlainString(),
                l.difference().toPlainString())));
        return byCode;
    }

    /** The sheet's cells with its formulas worked out (SUM of a column range, sums and differences of cells). */
    private record Sheet(List<Row> rows) {


        Row row(String label) {
            return rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow();
        }

        BigDecimal value(String label, int column) {
            return value(row(label).getRowNum(), column);
        }

        /** The value of a cell by 1-based row number. */
        BigDecimal value(int rowNum, int column) {
            var cell = rows.stream().filter(r -> r.getRowNum() == rowNum).findFirst().orElseThrow().getCell(column);
            if (cell == null) {
                return BigDecimal.ZERO;
            }
            String formula = cell.getFormula();
            if (formula == null) {
                return cell.asNumber();
            }
            Matcher sum = Pattern.compile("SUM\\(([A-D])(\\d+):[A-D](\\d+)\\)").matcher(formula);
            if (sum.matches()) {
                BigDecimal total = BigDecimal.ZERO;
                for (int r = Integer.parseInt(sum.group(2)); r <= Integer.parseInt(sum.group(3)); r++) {
                    int at = r;
                    if (rows.stream().anyMatch(x -> x.getRowNum() == at)) {
                        total = total.add(value(r, sum.group(1).charAt(0) - 'A'));
                    }
                }
                return total;
            }
            BigDecimal result = BigDecimal.ZERO;
            Matcher cells = Pattern.compile("([+-]?)([A-D])(\\d+)").matcher(formula);
            while (cells.find()) {
                BigDecimal v = value(Integer.parseInt(cells.group(3)), cells.group(2).charAt(0) - 'A');
                result = cells.group(1).equals("-") ? result.subtract(v) : result.add(v);
            }
            return result;
        }
    }
}
