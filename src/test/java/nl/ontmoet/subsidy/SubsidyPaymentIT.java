package nl.ontmoet.subsidy;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import nl.ontmoet.base.i18n.BundleI18NProvider;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.subsidy.domain.LetterInfo;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.domain.PaymentKind;
import nl.ontmoet.subsidy.domain.SubsidyPayment;
import nl.ontmoet.subsidy.service.SubsidyLetterService;
import nl.ontmoet.subsidy.service.SubsidyPaymentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.REPORT_DUE;
import static nl.ontmoet.subsidy.SubsidyFixture.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Advances (Awb 4:95), payments booked as the centre's income, settled less paid, and the repayment decision
 * (terugvordering) with its letter; every refusal names its rule and field and stores nothing. Rolled back.
 */
@IntegrationTest
@Transactional
class SubsidyPaymentIT extends SubsidyServicesBase {

    @Autowired
    SubsidyPaymentService payments;
    @Autowired
    SubsidyLetterService letters;
    @Autowired
    ErrorMessages messages;
    @Autowired
    nl.ontmoet.bookkeeping.service.LedgerService ledger;

    @Override
    protected String schemeCeiling() {
        return "50000";
    }

    private void advance(int percentage) {
        var edit = fixture.as("manager", () -> schemes.edit(scheme.getId()));
        edit.setAdvancePercentage(percentage);
        scheme = fixture.as("manager", () -> schemes.save(edit));
    }

    private java.util.List<SubsidyPayment> lines(long id) {
        entityManager.flush();
        return fixture.as("manager", () -> payments.overview(id)).lines();
    }

    private long ledgerEntries(long centreId) {
        entityManager.flush();
        return jdbc.queryForObject("select count(*) from ledger_entry where centre_id = ?", Long.class, centreId);
    }

    @Test
    void an_80_percent_advance_of_6400_on_8000_settled_at_6500_leaves_100_to_pay() {
        advance(80);
        long id = fixture.granted(scheme, "Voorschot tachtig procent", "8000");
        var advance = lines(id).getFirst();
        assertThat(lines(id)).hasSize(1);
        assertThat(advance.getKind()).isEqualTo(PaymentKind.ADVANCE);
        assertThat(advance.getAmount()).isEqualByComparingTo("6400");
        assertThat(advance.getDueOn()).isEqualTo(TestClock.TODAY);

        long nude = fixture.centre(NUDE);
        long entriesBefore = ledgerEntries(nude);
        fixture.as("manager", () -> payments.markPaid(advance.getId(), TestClock.TODAY, "BANK-2026-001"));
        assertThat(ledgerEntries(nude)).isEqualTo(entriesBefore + 1);
        var booked = jdbc.queryForMap("""
                select e.amount, e.direction, c.code, e.entry_date, e.reference, e.description from ledger_entry e
                join category c on c.id = e.category_id
                where e.id = (select ledger_entry_id from subsidy_payment where id = ?)""", advance.getId());
        assertThat((BigDecimal) booked.get("amount")).isEqualByComparingTo("6400");
        assertThat(booked.get("direction")).isEqualTo("INCOME");
        assertThat(booked.get("code")).isEqualTo("SUBSIDIE");
        assertThat(booked.get("reference")).isEqualTo("BANK-2026-001");
        assertThat((String) booked.get("description")).contains("Voorschot", "Voorschot tachtig procent");
        long entryId = jdbc.queryForObject("select ledger_entry_id from subsidy_payment where id = ?", Long.class,
                advance.getId());
        assertThat(jdbc.queryForObject("select subsidy_application_id from ledger_entry where id = ?", Long.class,
                entryId)).isEqualTo(id);
        refusedWith(() -> fixture.as("coordinator", () -> ledger.delete(entryId)), "bookkeeping.error.subsidyPayment");
        assertThat(ledgerEntries(nude)).isEqualTo(entriesBefore + 1);
        assertThat(fixture.as("coordinator", () -> reports.prefilled(id)).getIncomes())
                .singleElement().satisfies(income -> assertThat(income.getBooked()).isEqualByComparingTo("6400"));

        fixture.as("coordinator", () -> reports.submit(id, report(30, 300, 6)));
        fixture.as("manager", () -> settlements.settle(id, new BigDecimal("6500"), "Minder activiteiten"));
        var overview = fixture.as("coordinator", () -> payments.overview(id));
        assertThat(overview.paid()).isEqualByComparingTo("6400");
        assertThat(overview.balance()).isEqualByComparingTo("100");
        assertThat(overview.recoverable()).isEqualByComparingTo("0");
        assertThat(overview.manageable()).isFalse();
        assertThat(overview.lines()).extracting(SubsidyPayment::getKind)
                .containsExactly(PaymentKind.ADVANCE, PaymentKind.FINAL);
        assertThat(overview.lines().get(1).getAmount()).isEqualByComparingTo("100");
        assertThat(SubsidyLetterIT.text(download(id, LetterKind.SETTLEMENT))).contains("Al betaald", "€ 6.400,00",
                "Nog te betalen", "€ 100,00", "NL");
    }

    @Test
    void a_settlement_below_what_was_paid_gives_a_repayment_with_its_own_letter() {
        advance(80);
        long id = fixture.granted(scheme, "Voorschot te veel", "8000");
        var advance = lines(id).getFirst();
        fixture.as("manager", () -> payments.markPaid(advance.getId(), TestClock.TODAY.minusDays(1), null));
        fixture.as("coordinator", () -> reports.submit(id, report(10, 100, 2)));
        fixture.as("manager", () -> settlements.settle(id, new BigDecimal("5000"), "De helft ging niet door"));
        var overview = fixture.as("manager", () -> payments.overview(id));
        assertThat(overview.balance()).isEqualByComparingTo("-1400");
        assertThat(overview.recoverable()).isEqualByComparingTo("1400");
        assertThat(overview.lines()).extracting(SubsidyPayment::getKind).containsExactly(PaymentKind.ADVANCE);
        assertThat(SubsidyLetterIT.text(download(id, LetterKind.SETTLEMENT))).contains("Terug te betalen",
                "€ 1.400,00", "afzonderlijke beschikking");

        long lettersBefore = rows("subsidy_letter", id);
        long paymentsBefore = rows("subsidy_payment", id);
        refusedAt(() -> fixture.as("manager", () -> payments.recover(id, new BigDecimal("1400.01"),
                TestClock.TODAY.plusWeeks(6), "Te veel betaald")), "amount", "subsidy.error.repaymentAbovePaid");
        assertThatThrownBy(() -> fixture.as("manager", () -> payments.recover(id, new BigDecimal("1400.01"),
                TestClock.TODAY.plusWeeks(6), "Te veel betaald"))).satisfies(refusal -> assertThat(messages.toMessage(
                (RuntimeException) refusal, BundleI18NProvider.DUTCH).text()).isEqualTo("Het terug te vorderen bedrag "
                + "kan niet hoger zijn dan wat meer is betaald dan vastgesteld (€ 1.400,00)."));
        refusedAt(() -> fixture.as("manager", () -> payments.recover(id, new BigDecimal("100.001"),
                TestClock.TODAY.plusWeeks(6), "Te veel betaald")), "amount", "amount.error.decimals");
        refusedAt(() -> fixture.as("manager", () -> payments.recover(id, BigDecimal.ZERO,
                TestClock.TODAY.plusWeeks(6), "Te veel betaald")), "amount", "subsidy.error.repaymentPositive");
        refusedAt(() -> fixture.as("manager", () -> payments.recover(id, new BigDecimal("1400"), TestClock.TODAY,
                "Te veel betaald")), "dueOn", "subsidy.error.repaymentDue");
        refusedAt(() -> fixture.as("manager", () -> payments.recover(id, new BigDecimal("1400"),
                TestClock.TODAY.plusWeeks(6), " ")), "reason", "subsidy.error.reasonRequired");
        assertThatThrownBy(() -> fixture.as("coordinator", () -> payments.recover(id, new BigDecimal("1400"),
                TestClock.TODAY.plusWeeks(6), "Zelf"))).isInstanceOf(AccessDeniedException.class);
        assertThat(rows("subsidy_letter", id)).isEqualTo(lettersBefore);
        assertThat(rows("subsidy_payment", id)).isEqualTo(paymentsBefore);

        var repayment = fixture.as("manager", () -> payments.recover(id, new BigDecimal("1400"),
                TestClock.TODAY.plusWeeks(6), "Twee van de vier activiteiten gingen niet door."));
        assertThat(repayment.getKind()).isEqualTo(PaymentKind.REPAYMENT);
        String text = SubsidyLetterIT.text(download(id, LetterKind.REPAYMENT));
        assertThat(text).contains("Beschikking terugvordering subsidie", "4:57", "€ 5.000,00", "€ 6.400,00",
                "€ 1.400,00", "Twee van de vier activiteiten gingen niet door.", "28-12-2026", "-T3",
                "KvK-nummer 41052317", "Bezwaar maken", "zes weken", "artikel 4 van de " + SubsidyFixture.REGULATION);
        refusedAt(() -> fixture.as("manager", () -> payments.recover(id, new BigDecimal("0.01"),
                TestClock.TODAY.plusWeeks(6), "Nog eens")), "amount", "subsidy.error.repaymentAbovePaid");

        long nude = fixture.centre(NUDE);
        long entriesBefore = ledgerEntries(nude);
        fixture.as("manager", () -> payments.markPaid(repayment.getId(), TestClock.TODAY, "TERUG-1"));
        assertThat(ledgerEntries(nude)).isEqualTo(entriesBefore + 1);
        var booked = jdbc.queryForMap("""
                select e.amount, e.direction, c.code, e.entry_date, e.reference, e.description, e.corrects_entry_id,
                       e.subsidy_application_id
                from ledger_entry e join category c on c.id = e.category_id
                where e.id = (select ledger_entry_id from subsidy_payment where id = ?)""", repayment.getId());
        assertThat((BigDecimal) booked.get("amount")).as("the repayment takes the income back")
                .isEqualByComparingTo("-1400.00");
        assertThat(booked).containsEntry("direction", "INCOME").containsEntry("code", "SUBSIDIE")
                .containsEntry("reference", "TERUG-1")
                .containsEntry("description", "Terugbetaling subsidie: Voorschot te veel")
                .containsEntry("corrects_entry_id", jdbc.queryForObject(
                        "select ledger_entry_id from subsidy_payment where id = ?", Long.class, advance.getId()))
                .containsEntry("subsidy_application_id", id);
        assertThat(jdbc.queryForObject("""
                select sum(amount) from ledger_entry where subsidy_application_id = ?""", BigDecimal.class, id))
                .as("what the centre kept of the grant: the settled amount").isEqualByComparingTo("5000.00");
        assertThat(jdbc.queryForObject("select paid_on from subsidy_payment where id = ?", java.time.LocalDate.class,
                repayment.getId())).isEqualTo(TestClock.TODAY);
    }

    @Test
    void a_payment_marked_twice_is_refused_and_booked_once() {
        advance(50);
        long id = fixture.granted(scheme, "Twee keer betaald", "3000");
        var advance = lines(id).getFirst();
        long nude = fixture.centre(NUDE);
        fixture.as("manager", () -> payments.markPaid(advance.getId(), TestClock.TODAY, "EERSTE"));
        long entries = ledgerEntries(nude);
        refusedAt(() -> fixture.as("manager", () -> payments.markPaid(advance.getId(), TestClock.TODAY, "TWEEDE")),
                "paidOn", "subsidy.error.alreadyPaid");
        assertThatThrownBy(() -> fixture.as("manager", () -> payments.markPaid(advance.getId(), TestClock.TODAY,
                "TWEEDE"))).satisfies(refusal -> assertThat(messages.toMessage((RuntimeException) refusal,
                BundleI18NProvider.DUTCH).text()).isEqualTo("Deze betaling is al als betaald gemarkeerd op 16-11-2026."));
        assertThat(ledgerEntries(nude)).isEqualTo(entries);
        assertThat(jdbc.queryForObject("select reference from subsidy_payment where id = ?", String.class,
                advance.getId())).isEqualTo("EERSTE");
    }

    @Test
    void a_payment_date_in_the_future_or_missing_is_refused_and_only_managers_mark_paid() {
        advance(50);
        long id = fixture.granted(scheme, "Betaaldatum", "3000");
        var advance = lines(id).getFirst();
        long nude = fixture.centre(NUDE);
        long entries = ledgerEntries(nude);
        refusedAt(() -> fixture.as("manager", () -> payments.markPaid(advance.getId(), TestClock.TODAY.plusDays(1),
                null)), "paidOn", "subsidy.error.paidOnFuture");
        refusedAt(() -> fixture.as("manager", () -> payments.markPaid(advance.getId(), null, null)), "paidOn",
                "subsidy.error.paidOnRequired");
        assertThatThrownBy(() -> fixture.as("coordinator", () -> payments.markPaid(advance.getId(), TestClock.TODAY,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(ledgerEntries(nude)).isEqualTo(entries);
        assertThat(jdbc.queryForObject("select paid_on from subsidy_payment where id = ?", java.time.LocalDate.class,
                advance.getId())).isNull();
    }

    @Test
    void an_advance_above_the_unscheduled_rest_of_the_grant_is_refused() {
        advance(80);
        long id = fixture.granted(scheme, "Extra voorschot", "8000");
        long before = rows("subsidy_payment", id);
        refusedAt(() -> fixture.as("manager", () -> payments.addAdvance(id, new BigDecimal("1600.01"),
                TestClock.TODAY.plusMonths(3))), "amount", "subsidy.error.advanceAboveRest");
        refusedAt(() -> fixture.as("manager", () -> payments.addAdvance(id, new BigDecimal("-5"),
                TestClock.TODAY.plusMonths(3))), "amount", "subsidy.error.advancePositive");
        refusedAt(() -> fixture.as("manager", () -> payments.addAdvance(id, new BigDecimal("100"), null)),
                "dueOn", "subsidy.error.dueOnRequired");
        assertThat(rows("subsidy_payment", id)).isEqualTo(before);
        fixture.as("manager", () -> payments.addAdvance(id, new BigDecimal("1600"), TestClock.TODAY.plusMonths(3)));
        assertThat(lines(id)).extracting(SubsidyPayment::getAmount).map(BigDecimal::toPlainString)
                .containsExactly("6400.00", "1600.00");
        refusedAt(() -> fixture.as("manager", () -> payments.addAdvance(id, new BigDecimal("0.01"),
                TestClock.TODAY.plusMonths(4))), "amount", "subsidy.error.advanceAboveRest");
    }

    @Test
    void the_advance_never_exceeds_the_grant_and_the_grant_letter_shows_the_schedule_and_the_iban() {
        advance(33);
        long id = fixture.granted(scheme, "Een derde voorschot", "1000.01");
        assertThat(lines(id).getFirst().getAmount()).isEqualByComparingTo("330.00");
        String text = SubsidyLetterIT.text(download(id, LetterKind.GRANT));
        assertThat(text).contains("Betaling", "Voorschot, te betalen op 16-11-2026", "€ 330,00",
                "ten name van Stichting Huis van de Wijk De Nude", "op rekening NL");

        long withoutAdvance = fixture.granted(fixture.scheme("Zonder voorschot " + System.nanoTime(), "9000"),
                "Geen voorschot", "2000");
        assertThat(lines(withoutAdvance)).isEmpty();
        assertThat(SubsidyLetterIT.text(download(withoutAdvance, LetterKind.GRANT)))
                .contains("geen voorschot", "na de vaststelling");
        assertThat(fixture.as("manager", () -> payments.overview(withoutAdvance)).balance()).isNull();
    }

    @Test
    void a_grant_settled_at_once_is_paid_whole() {
        long id = fixture.submitted(scheme, "Klein en direct", "450");
        fixture.as("manager", () -> decisions.grant(id, new BigDecimal("450"), null, null, null));
        assertThat(lines(id)).singleElement().satisfies(p -> {
            assertThat(p.getKind()).isEqualTo(PaymentKind.FINAL);
            assertThat(p.getAmount()).isEqualByComparingTo("450");
        });
        assertThat(fixture.as("manager", () -> payments.overview(id)).balance()).isEqualByComparingTo("450");
    }

    @Test
    void a_repayment_before_settlement_is_refused() {
        advance(80);
        long id = fixture.granted(scheme, "Nog niet vastgesteld", "2000");
        refusedWith(() -> fixture.as("manager", () -> payments.recover(id, new BigDecimal("10"), REPORT_DUE,
                "Te vroeg")), "subsidy.error.recoverNotSettled");
        assertThat(rows("subsidy_letter", id)).isEqualTo(1);
    }

    private byte[] download(long id, LetterKind kind) {
        entityManager.flush();
        LetterInfo letter = fixture.as("coordinator", () -> letters.letters(id)).stream()
                .filter(l -> l.kind() == kind).reduce((a, b) -> b).orElseThrow();
        return fixture.as("coordinator", () -> letters.download(id, letter.id())).content();
    }
}
