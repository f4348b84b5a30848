package nl.ontmoet.volunteer;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.volunteer.service.HoursExportService;
import nl.ontmoet.volunteer.service.HoursInput;
import nl.ontmoet.volunteer.service.HoursService;
import nl.ontmoet.volunteer.service.NearLimitService;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.volunteer.service.StatementService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static nl.ontmoet.volunteer.VolunteerFixture.fixed;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class StatementAndExportIT {

    static final LocalDate BORN = LocalDate.of(1966, 7, 7);

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    PaymentService payments;
    @Autowired
    HoursService hours;
    @Autowired
    StatementService statements;
    @Autowired
    NearLimitService nearLimit;
    @Autowired
    HoursExportService exports;

    @Test
    @WithUserDetails("coordinator")
    void the_yearly_statement_lists_every_centres_allowances_per_month_with_totals_and_the_limits() throws Exception {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        var name = unique("Jaaroverzicht");
        long id = fixture.registerAtBoth(name, BORN, "0");
        payments.pay(nude, id, fixed(LocalDate.of(2025, 1, 31), "100"));
        payments.pay(nude, id, fixed(LocalDate.of(2025, 2, 28), "50.25"));
        users.as("coordinator2", () -> payments.pay(pomhorst, id, fixed(LocalDate.of(2025, 2, 10), "75")));
        payments.pay(nude, id, fixed(LocalDate.of(2024, 12, 31), "99"));

        var file = statements.statement(nude, id, 2025);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        String text;
        try (var pdf = Loader.loadPDF(file.content())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Jaaroverzicht vrijwilligersvergoedingen 2025", name, "geboren 07-07-1966",
                "januari Huis van de Wijk De Nude € 100,00", "februari Huis van de Wijk De Nude € 50,25",
                "februari Wijkcentrum De Pomhorst € 75,00", "Totaal 2025 € 225,25",
                "Huis van de Wijk De Nude: € 150,25", "Wijkcentrum De Pomhorst: € 75,00",
                "Per maand: € 210,00", "Per jaar: € 2.100,00");
        assertThat(text).doesNotContain("€ 99,00");
        // the coordinator of a centre where the volunteer is not engaged gets nothing
        assertThatThrownBy(() -> users.as("coordinator2", () -> statements.statement(nude, id, 2025)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_near_limit_overview_shows_volunteers_from_80_percent_summed_over_all_centres() {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        long nearId = fixture.registerAtBoth(unique("Bijna"), BORN, "139");
        long belowId = fixture.register("coordinator", NUDE, unique("Eronder"), BORN, "139");
        // 1.668 a year elsewhere is 79,4 %; 22 more at another centre makes 1.690, 80,5 %
        users.as("coordinator2", () -> payments.pay(pomhorst, nearId, fixed(LocalDate.of(2025, 5, 1), "22")));

        var lines = nearLimit.nearLimit(nude, 2025).orElseThrow();
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.volunteerId()).isEqualTo(nearId);
            assertThat(l.paidInYear()).isEqualByComparingTo("22");
            assertThat(l.otherInYear()).isEqualByComparingTo("1668");
            assertThat(l.percent()).isEqualByComparingTo("80.5");
            assertThat(l.atLimit()).isFalse();
        });
        assertThat(lines).noneMatch(l -> l.volunteerId() == belowId);
        assertThat(nearLimit.nearLimit(nude, TestClock.TODAY.getYear() + 1)).isEmpty();
        assertThatThrownBy(() -> users.as("coach", () -> nearLimit.nearLimit(nude, 2025)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_hours_export_sums_per_centre_activity_or_task_and_month_in_csv_and_xlsx() throws Exception {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Export"), BORN, "0");
        // an old year that no demo data uses, so the export holds only these lines
        var task = "Exporttaak";
        hours.enter(nude, id, new HoursInput(LocalDate.of(2019, 3, 4), null, task, new BigDecimal("2.5")));
        long approved = hours.enter(nude, id, new HoursInput(LocalDate.of(2019, 3, 5), null, task, BigDecimal.ONE));
        hours.approve(nude, id, approved);
        hours.enter(nude, id, new HoursInput(LocalDate.of(2019, 4, 1), null, task, new BigDecimal("3")));

        var csv = new String(exports.csv(nude, 2019).content(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFCentrum;Activiteit of taak;Maand;Uren;Goedgekeurd",
                "Huis van de Wijk De Nude;Exporttaak;maart;3,50;1,00",
                "Huis van de Wijk De Nude;Exporttaak;april;3,00;0,00");

        var xlsx = exports.xlsx(nude, 2019);
        assertThat(xlsx.fileName()).isEqualTo("vrijwilligersuren-huis-van-de-wijk-de-nude-2019.xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellAsString(2)).contains("maart");
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("3.5");
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("1");
        }
        assertThatThrownBy(() -> users.as("manager", () -> exports.csv(nude, 2019)))
                .isInstanceOf(RecordNotFoundException.class);

        var all = users.as("manager", () -> exports.csvAllCentres(2019));
        assertThat(all.fileName()).isEqualTo("vrijwilligersuren-gemeente-2019.csv");
        assertThat(new String(all.content(), StandardCharsets.UTF_8).lines().toList()).contains(
                "Huis van de Wijk De Nude;Exporttaak;maart;3,50;1,00",
                "Huis van de Wijk De Nude;Exporttaak;april;3,00;0,00");
        var allXlsx = users.as("admin", () -> exports.xlsxAllCentres(2019));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(allXlsx.content()))) {
            assertThat(workbook.getFirstSheet().read()).anySatisfy(row -> {
                assertThat(row.getCellAsString(1)).contains(task);
                assertThat(row.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("3.5");
            });
        }
        assertThatThrownBy(() -> exports.csvAllCentres(2019)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void hours_tasks_that_a_spreadsheet_would_run_as_formulas_are_exported_as_text() throws Exception {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Formule"), BORN, "0");
        // an old year that no demo data uses, so the export holds only these lines
        var attacks = List.of("=HYPERLINK(\"http://x\",\"klik\")", "@SUM(A1)", "+31612345678", "-2+3");
        for (int day = 0; day < attacks.size(); day++) {
            hours.enter(nude, id, new HoursInput(LocalDate.of(2018, 5, day + 1), null, attacks.get(day), BigDecimal.ONE));
        }

        var csv = new String(exports.csv(nude, 2018).content(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactlyInAnyOrder(
                "\uFEFFCentrum;Activiteit of taak;Maand;Uren;Goedgekeurd",
                "Huis van de Wijk De Nude;\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";mei;1,00;0,00",
                "Huis van de Wijk De Nude;'@SUM(A1);mei;1,00;0,00",
                "Huis van de Wijk De Nude;'+31612345678;mei;1,00;0,00",
                "Huis van de Wijk De Nude;'-2+3;mei;1,00;0,00");

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(exports.xlsx(nude, 2018).content()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(1)).containsExactlyInAnyOrder(
                    "'=HYPERLINK(\"http://x\",\"klik\")", "'@SUM(A1)", "'+31612345678", "'-2+3");
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("1");
        }
    }
}
