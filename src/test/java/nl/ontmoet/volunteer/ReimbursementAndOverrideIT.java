package nl.ontmoet.volunteer;

import com.vaadin.flow.i18n.I18NProvider;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.service.ReceiptUpload;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.service.NearLimitLine;
import nl.ontmoet.volunteer.service.NearLimitService;
import nl.ontmoet.volunteer.service.PaymentInput;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.volunteer.service.ReimbursementInput;
import nl.ontmoet.volunteer.service.ReimbursementService;
import nl.ontmoet.volunteer.service.StatementService;
import nl.ontmoet.volunteer.service.VolunteerPrivacyService;
import nl.ontmoet.volunteer.service.TaxableYear;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static nl.ontmoet.volunteer.VolunteerFixture.fixed;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
@Transactional
class ReimbursementAndOverrideIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    static final LocalDate ADULT = LocalDate.of(1970, 5, 5);

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    PaymentService payments;
    @Autowired
    ReimbursementService reimbursements;
    @Autowired
    NearLimitService nearLimit;
    @Autowired
    StatementService statements;
    @Autowired
    VolunteerPrivacyService privacy;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    I18NProvider i18n;

    static ReimbursementInput costs(LocalDate date, String amount, String what, byte[] receipt) {
        return new ReimbursementInput(date, amount == null ? null : new BigDecimal(amount), what,
                receipt == null ? null : new ReceiptUpload("bon.png", receipt));
    }

    String refused(long volunteerId, Runnable action) {
        int before = fixture.payments(volunteerId);
        int ledger = fixture.ledgerEntries();
        var refused = catchThrowableOfType(BusinessRuleException.class, action::run);
        assertThat(refused).isNotNull();
        assertThat(fixture.payments(volunteerId)).isEqualTo(before);
        assertThat(fixture.ledgerEntries()).isEqualTo(ledger);
        return i18n.getTranslation(refused.getMessageKey(), Locale.forLanguageTag("nl"), refused.getArguments());
    }

    String statementText(long centreId, long volunteerId, int year) throws Exception {
        try (var pdf = Loader.loadPDF(statements.statement(centreId, volunteerId, year).content())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    @WithUserDetails("coordinator")
    void a_reimbursement_with_a_receipt_is_booked_apart_shown_apart_and_uses_none_of_the_tax_free_room()
            throws Exception {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Onkosten"), ADULT, "0");
        long paid = reimbursements.reimburse(nude, id, costs(LocalDate.of(2025, 4, 10), "37.50",
                " Treinkaartje vrijwilligersmarkt ", PNG));
        // the whole month's allowance still fits
        payments.pay(nude, id, fixed(LocalDate.of(2025, 4, 20), "210.00"));
        assertThat(payments.rows(nude, id)).singleElement().extracting(r -> r.kind()).isEqualTo(PaymentKind.FIXED);
        var row = reimbursements.rows(nude, id).getFirst();
        assertThat(row.description()).isEqualTo("Treinkaartje vrijwilligersmarkt");
        assertThat(row.amount()).isEqualByComparingTo("37.50");

        var booked = jdbc.queryForMap("""
                select e.amount, c.code, c.name, e.counterparty, (select count(*) from ledger_receipt r
                       where r.entry_id = e.id) receipts
                from volunteer_payment p join ledger_entry e on e.id = p.ledger_entry_id
                join category c on c.id = e.category_id where p.id = ?""", paid);
        assertThat((BigDecimal) booked.get("amount")).isEqualByComparingTo("37.50");
        assertThat(booked.get("code")).isEqualTo("VRIJWILLIGERS_ONKOSTEN");
        assertThat(booked.get("name")).isEqualTo("Onkostenvergoedingen vrijwilligers");
        assertThat(booked.get("counterparty")).isEqualTo("Vrijwilliger " + id);
        assertThat(((Number) booked.get("receipts")).intValue()).isEqualTo(1);
        assertThat(reimbursements.receipt(nude, id, paid).content()).isEqualTo(PNG);

        var text = statementText(nude, id, 2025);
        assertThat(text).contains("april Huis van de Wijk De Nude € 210,00", "Totaal 2025 € 210,00",
                "Onkostenvergoedingen 2025", "telt niet mee voor de maxima",
                "10-04-2025 Huis van de Wijk De Nude Treinkaartje vrijwilligersmarkt € 37,50",
                "Totaal onkosten 2025 € 37,50");
        assertThat(nearLimit.nearLimit(nude, 2025).orElseThrow()).extracting(NearLimitLine::volunteerId)
                .doesNotContain(id);

        var avg = new String(privacy.export(nude, id).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(avg).contains("\"onkostenvergoedingen\"", "Treinkaartje vrijwilligersmarkt", "\"37.50\"");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_reimbursement_without_receipt_or_description_or_with_a_third_decimal_is_refused_and_nothing_stored() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Geen Bon"), ADULT, "0");
        var date = LocalDate.of(2025, 4, 10);
        assertThat(refused(id, () -> reimbursements.reimburse(nude, id, costs(date, "12.00", "Verf", null))))
                .isEqualTo("Voeg de bon of factuur toe: alleen werkelijke kosten met een bon worden vergoed.");
        assertThat(refused(id, () -> reimbursements.reimburse(nude, id, costs(date, "12.00", "  ", PNG))))
                .isEqualTo("Vul in waarvoor de kosten zijn gemaakt.");
        refused(id, () -> reimbursements.reimburse(nude, id, costs(date, "12.005", "Verf", PNG)));
        refused(id, () -> reimbursements.reimburse(nude, id, costs(date, "12.00", "Verf", new byte[]{1, 2, 3})));
        refused(id, () -> reimbursements.reimburse(nude, id, costs(date, "-1", "Verf", PNG)));
    }

    @Test
    @WithUserDetails("admin")
    void after_an_override_the_whole_years_amount_at_every_centre_is_flagged_taxable_on_page_overview_and_statement()
            throws Exception {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        long id = fixture.registerAtBoth(unique("Overschreden"), ADULT, "0");
        users.as("coordinator2", () -> payments.pay(pomhorst, id, fixed(LocalDate.of(2025, 2, 10), "100.00")));
        assertThat(payments.taxableYear(nude, id, 2025)).isEmpty();
        payments.pay(nude, id, new PaymentInput(LocalDate.of(2025, 10, 1), PaymentKind.FIXED, new BigDecimal("250"),
                null, "Eenmalige extra inzet festival"));

        assertThat(payments.taxableYear(nude, id, 2025)).contains(new TaxableYear(2025, new BigDecimal("350.00")));
        assertThat(users.as("coordinator2", () -> payments.taxableYear(pomhorst, id, 2025))).isPresent();
        assertThat(payments.taxableYear(nude, id, 2024)).isEmpty();
        // listed apart although far from 80 % of the year limit
        var line = nearLimit.nearLimit(nude, 2025).orElseThrow().stream().filter(l -> l.volunteerId() == id)
                .findFirst().orElseThrow();
        assertThat(line.overLimit()).isTrue();
        assertThat(line.paidInYear()).isEqualByComparingTo("350.00");
        assertThat(statementText(nude, id, 2025)).contains("Let op: in 2025 is boven een maximum betaald (met "
                + "toestemming van de beheerder). De Belastingdienst ziet daardoor het hele bedrag van 2025, € 350,00 "
                + "bij alle centra samen, als belast inkomen");
        assertThat(statementText(nude, id, 2024)).doesNotContain("Let op");
    }
}
