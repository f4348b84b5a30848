package nl.ontmoet.volunteer;

import nl.ontmoet.TestClock;
import com.vaadin.flow.i18n.I18NProvider;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.YearCloseService;
import nl.ontmoet.volunteer.domain.HoursRow;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.service.HoursInput;
import nl.ontmoet.volunteer.service.HoursService;
import nl.ontmoet.volunteer.service.PaymentInput;
import nl.ontmoet.volunteer.service.PaymentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static nl.ontmoet.volunteer.VolunteerFixture.fixed;
import static nl.ontmoet.volunteer.VolunteerFixture.hourly;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
@Transactional
class PaymentServiceIT {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final LocalDate BORN_1970 = LocalDate.of(1970, 5, 5);

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    PaymentService payments;
    @Autowired
    HoursService hours;
    @Autowired
    LedgerService ledger;
    @Autowired
    YearCloseService yearClose;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    I18NProvider i18n;
    @Autowired
    ErrorMessages errorMessages;

    String dutch(BusinessRuleException e) {
        return i18n.getTranslation(e.getMessageKey(), DUTCH, e.getArguments());
    }

    /** Why the payment was refused, in the Dutch the user reads; it must be refused by a business rule. */
    String refusal(Runnable pay) {
        var refused = catchThrowableOfType(BusinessRuleException.class, pay::run);
        assertThat(refused).as("refused by a business rule").isNotNull();
        return dutch(refused);
    }

    void refused(Runnable pay, long volunteerId, String expectedKey) {
        int before = fixture.payments(volunteerId);
        int ledgerBefore = fixture.ledgerEntries();
        assertThatThrownBy(pay::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(expectedKey));
        assertThat(fixture.payments(volunteerId)).isEqualTo(before);
        assertThat(fixture.ledgerEntries()).isEqualTo(ledgerBefore);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_fixed_allowance_is_stored_and_booked_as_a_volunteer_expense_in_the_paying_centres_ledger() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Vast Bedrag"), BORN_1970, "0");
        long paymentId = payments.pay(nude, id, fixed(LocalDate.of(2025, 2, 10), "75.50"));

        var row = payments.rows(nude, id).getFirst();
        assertThat(row.id()).isEqualTo(paymentId);
        assertThat(row.amount()).isEqualByComparingTo("75.50");
        assertThat(row.overLimit()).isFalse();
        var booked = jdbc.queryForMap("""
                select e.centre_id, e.entry_date, e.amount, e.direction, c.code, e.description, e.counterparty
                from volunteer_payment p join ledger_entry e on e.id = p.ledger_entry_id
                join category c on c.id = e.category_id where p.id = ?""", paymentId);
        assertThat(((Number) booked.get("centre_id")).longValue()).isEqualTo(nude);
        assertThat(booked.get("entry_date").toString()).isEqualTo("2025-02-10");
        assertThat((BigDecimal) booked.get("amount")).isEqualByComparingTo("75.50");
        assertThat(booked.get("direction")).isEqualTo("EXPENSE");
        assertThat(booked.get("code")).isEqualTo("VRIJWILLIGERS");
        assertThat(booked.get("description")).isEqualTo("Vrijwilligersvergoeding februari 2025");
        // the ledger is read by coaches and managers too: no name in it
        assertThat(booked.get("counterparty")).isEqualTo("Vrijwilliger " + id);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_per_hour_allowance_pays_the_approved_unpaid_hours_up_to_the_payment_date_at_this_centre_only() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Per Uur"), BORN_1970, "0");
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, 4), "6");
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, 11), "4.5");
        hours.enter(nude, id, new HoursInput(LocalDate.of(2025, 3, 18), null, "Niet goedgekeurd", new BigDecimal("3")));
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 4, 1), "8");

        assertThat(payments.unpaidHours(nude, id, LocalDate.of(2025, 3, 31))).extracting(HoursRow::hours)
                .containsExactly(new BigDecimal("6.00"), new BigDecimal("4.50"));
        long paymentId = payments.pay(nude, id, hourly(LocalDate.of(2025, 3, 31), "5.00"));
        var row = payments.rows(nude, id).getFirst();
        assertThat(row.kind()).isEqualTo(PaymentKind.HOURLY);
        assertThat(row.hours()).isEqualByComparingTo("10.5");
        assertThat(row.rate()).isEqualByComparingTo("5.00");
        assertThat(row.amount()).isEqualByComparingTo("52.50");
        assertThat(jdbc.queryForObject("select count(*) from volunteer_hours where paid_by_payment_id = ?",
                Integer.class, paymentId)).isEqualTo(2);

        assertThat(refusal(() -> payments.pay(nude, id, hourly(LocalDate.of(2025, 3, 31), "1.00")))).isEqualTo(
                "Er zijn geen goedgekeurde, nog niet betaalde uren bij dit centrum van 01-01-2024 tot en met "
                        + "31-03-2025. Keur eerst de uren goed of betaal een vast bedrag.");
        assertThat(fixture.payments(id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("coordinator")
    void per_hour_without_approved_hours_and_a_rate_above_the_maximum_for_the_age_on_the_working_day_are_refused() {
        long nude = fixture.centre(NUDE);
        // turns 21 on 15 June 2025: the young maximum (3,30) for hours worked before, the adult one (5,60) from then
        long id = fixture.register("coordinator", NUDE, unique("Jong"), LocalDate.of(2004, 6, 15), "0");
        hours.enter(nude, id, new HoursInput(LocalDate.of(2025, 5, 2), null, "Open", new BigDecimal("2")));
        refused(() -> payments.pay(nude, id, hourly(LocalDate.of(2025, 5, 30), "3.00")), id,
                "volunteer.payment.error.noUnpaidHours");

        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 6, 3), "10");
        assertThat(refusal(() -> payments.pay(nude, id, hourly(LocalDate.of(2025, 6, 14), "3.31")))).isEqualTo(
                "Deze betaling is € 0,10 hoger dan het uurmaximum toestaat: voor deze uren mag ten hoogste € 33,00 "
                        + "worden betaald (€ 5,60 per uur vanaf 21 jaar, € 3,30 per uur voor uren gewerkt vóór de 21e "
                        + "verjaardag). Voor deze uren kan nog € 33,00 worden betaald.");
        assertThat(fixture.payments(id)).isZero();
        // paid after the birthday, the hours were still worked before it
        refused(() -> payments.pay(nude, id, hourly(LocalDate.of(2025, 6, 30), "5.60")), id,
                "volunteer.payment.error.HOUR");
        payments.pay(nude, id, hourly(LocalDate.of(2025, 6, 30), "3.30"));
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("33.00");
    }

    @Test
    @WithUserDetails("coordinator")
    void the_month_limit_counts_every_centre_and_the_other_organisations() {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        long id = fixture.registerAtBoth(unique("Twee Centra"), BORN_1970, "50");
        users.as("coordinator2", () -> payments.pay(pomhorst, id, fixed(LocalDate.of(2025, 1, 5), "100")));

        // 50 elsewhere + 100 at De Pomhorst: 60 left this month
        assertThatThrownBy(() -> payments.pay(nude, id, fixed(LocalDate.of(2025, 1, 20), "70")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getField()).contains("amount");
                    assertThat(dutch(e)).isEqualTo("Deze betaling overschrijdt het maandmaximum van € 210,00 met "
                            + "€ 10,00. Deze maand kan nog € 60,00 worden betaald.");
                });
        payments.pay(nude, id, fixed(LocalDate.of(2025, 1, 20), "60"));
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("160");
    }

    @Test
    @WithUserDetails("coordinator")
    void exactly_at_the_year_limit_is_allowed_and_one_cent_more_is_refused_with_the_dutch_message() {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        // 150 a month elsewhere: 1.800 of the 2.100 a year, 60 a month left
        long id = fixture.registerAtBoth(unique("Jaargrens"), BORN_1970, "150");
        for (int month = 1; month <= 5; month++) {
            var date = LocalDate.of(2025, month, 25);
            if (month % 2 == 0) {
                users.as("coordinator2", () -> payments.pay(pomhorst, id, fixed(date, "60")));
            } else {
                payments.pay(nude, id, fixed(date, "60"));
            }
        }
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("300");
        int ledgerBefore = fixture.ledgerEntries();
        assertThat(refusal(() -> payments.pay(nude, id, fixed(LocalDate.of(2025, 6, 25), "0.01")))).isEqualTo(
                "Deze betaling overschrijdt het jaarmaximum van € 2.100,00 met € 0,01. "
                        + "Dit jaar kan nog € 0,00 worden betaald.");
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("300");
        assertThat(fixture.ledgerEntries()).isEqualTo(ledgerBefore);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_year_without_limits_bad_amounts_and_a_coordinators_override_are_refused() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Foute Invoer"), BORN_1970, "0");
        int next = TestClock.TODAY.getYear() + 1;
        assertThat(refusal(() -> payments.pay(nude, id, fixed(LocalDate.of(next, 1, 15), "10"))))
                .isEqualTo("Voor " + next + " zijn nog geen maxima ingevoerd; vraag de beheerder.");
        var date = LocalDate.of(2025, 8, 1);
        refused(() -> payments.pay(nude, id, fixed(date, "0")), id, "volunteer.payment.error.positive");
        refused(() -> payments.pay(nude, id, fixed(date, "-5")), id, "volunteer.payment.error.positive");
        refused(() -> payments.pay(nude, id, fixed(date, "10.005")), id, "amount.error.decimals");
        refused(() -> payments.pay(nude, id, fixed(null, "10")), id, "volunteer.payment.error.dateRequired");
        refused(() -> payments.pay(nude, id, new PaymentInput(date, null, BigDecimal.TEN, null, null)), id,
                "volunteer.payment.error.kindRequired");
        refused(() -> payments.pay(nude, id, new PaymentInput(date, PaymentKind.FIXED, new BigDecimal("500"), null,
                "Eenmalig")), id, "volunteer.payment.error.overrideAdminOnly");
        refused(() -> payments.pay(nude, id, fixed(date, "211")), id, "volunteer.payment.error.MONTH");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_payment_in_a_closed_year_is_refused_with_the_bookkeeping_message_and_nothing_is_stored() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Gesloten Jaar"), BORN_1970, "0");
        long paid = payments.pay(nude, id, fixed(LocalDate.of(2024, 11, 1), "20"));
        yearClose.close(nude, 2024);
        refused(() -> payments.pay(nude, id, fixed(LocalDate.of(2024, 12, 1), "20")), id,
                "bookkeeping.error.yearClosed");
        int ledgerBefore = fixture.ledgerEntries();
        assertThatThrownBy(() -> payments.cancel(nude, id, paid)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.yearClosed"));
        assertThat(fixture.ledgerEntries()).isEqualTo(ledgerBefore);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_ledger_cannot_delete_a_payments_entry_on_its_own_and_says_why() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Annuleren"), BORN_1970, "0");
        long paymentId = payments.pay(nude, id, fixed(LocalDate.of(2025, 9, 1), "40"));
        long entryId = jdbc.queryForObject("select ledger_entry_id from volunteer_payment where id = ?", Long.class,
                paymentId);
        assertThatThrownBy(() -> ledger.delete(entryId)).isInstanceOfSatisfying(DataIntegrityViolationException.class,
                e -> assertThat(errorMessages.toMessage(e, DUTCH).text()).isEqualTo("Deze boeking hoort bij een "
                        + "vrijwilligersvergoeding. Annuleer de vergoeding bij de vrijwilliger; dan verdwijnt de boeking ook."));
    }

    @Test
    @WithUserDetails("coordinator")
    void cancelling_removes_payment_and_ledger_entry() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Annuleren twee"), BORN_1970, "0");
        long paymentId = payments.pay(nude, id, fixed(LocalDate.of(2025, 9, 1), "40"));
        long entryId = jdbc.queryForObject("select ledger_entry_id from volunteer_payment where id = ?", Long.class,
                paymentId);
        payments.cancel(nude, id, paymentId);
        assertThat(fixture.payments(id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where id = ?", Integer.class, entryId))
                .isZero();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_pays_over_the_limit_only_with_a_reason_which_is_stored_and_shown() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Boven Maximum"), BORN_1970, "0");
        var date = LocalDate.of(2025, 10, 1);
        refused(() -> payments.pay(nude, id, fixed(date, "250")), id, "volunteer.payment.error.MONTH");
        payments.pay(nude, id, new PaymentInput(date, PaymentKind.FIXED, new BigDecimal("250"), null,
                "  Eenmalige onkosten na overleg met de wethouder "));
        var row = payments.rows(nude, id).getFirst();
        assertThat(row.overLimit()).isTrue();
        assertThat(row.overrideReason()).isEqualTo("Eenmalige onkosten na overleg met de wethouder");
        assertThat(row.overrideBy()).isEqualTo("admin");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type like '%AllowancePayment' and entity_id = ?""",
                Integer.class, String.valueOf(row.id()))).isPositive();
    }

    @Test
    @WithUserDetails("coordinator2")
    void a_coordinator_of_another_centre_sees_nothing_of_a_volunteer_not_engaged_there_even_by_guessed_id() {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        long id = fixture.register("coordinator", NUDE, unique("Alleen Nude"), BORN_1970, "0");
        users.as("coordinator", () -> payments.pay(nude, id, fixed(LocalDate.of(2025, 2, 1), "10")));
        int ledgerBefore = fixture.ledgerEntries();
        for (long centre : new long[]{nude, pomhorst}) {
            assertThatThrownBy(() -> payments.rows(centre, id)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> payments.pay(centre, id, fixed(LocalDate.of(2025, 3, 1), "10")))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> hours.rows(centre, id, YearMonth.of(2025, 2)))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(fixture.payments(id)).isEqualTo(1);
        assertThat(fixture.ledgerEntries()).isEqualTo(ledgerBefore);
    }

    @Test
    void coaches_and_managers_get_no_personal_data() {
        long nude = fixture.centre(NUDE);
        long id = fixture.register("coordinator", NUDE, unique("Geen Inzage"), BORN_1970, "0");
        for (var user : new String[]{"coach", "manager"}) {
            users.as(user, () -> {
                assertThatThrownBy(() -> payments.rows(nude, id)).isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> hours.monthTotals(nude, id, 2025)).isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> payments.pay(nude, id, fixed(LocalDate.of(2025, 3, 1), "10")))
                        .isInstanceOf(RecordNotFoundException.class);
                return null;
            });
        }
        assertThat(fixture.payments(id)).isZero();
    }
}
