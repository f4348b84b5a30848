package nl.ontmoet.volunteer;

import com.vaadin.flow.i18n.I18NProvider;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.volunteer.domain.HoursRow;
import nl.ontmoet.volunteer.service.PaymentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.fixed;
import static nl.ontmoet.volunteer.VolunteerFixture.fixedForHours;
import static nl.ontmoet.volunteer.VolunteerFixture.hourly;
import static nl.ontmoet.volunteer.VolunteerFixture.hourlyFor;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The edge cases of the Belastingdienst's rules, through the payment service: refused means nothing stored. */
@IntegrationTest
@Transactional
@WithUserDetails("coordinator")
class AllowanceEdgeCasesIT {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final LocalDate ADULT = LocalDate.of(1970, 5, 5);

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    PaymentService payments;
    @Autowired
    I18NProvider i18n;

    long nude() {
        return fixture.centre(NUDE);
    }

    /** The Dutch refusal; nothing stored: no payment, no ledger entry, no hours marked paid. */
    String refusedWithNothingStored(long volunteerId, Runnable pay) {
        int before = fixture.payments(volunteerId);
        int ledger = fixture.ledgerEntries();
        int paidHours = fixture.paidHoursEntries(volunteerId);
        var refused = catchThrowableOfType(BusinessRuleException.class, pay::run);
        assertThat(refused).as("refused by a business rule").isNotNull();
        assertThat(fixture.payments(volunteerId)).isEqualTo(before);
        assertThat(fixture.ledgerEntries()).isEqualTo(ledger);
        assertThat(fixture.paidHoursEntries(volunteerId)).isEqualTo(paidHours);
        return i18n.getTranslation(refused.getMessageKey(), DUTCH, refused.getArguments());
    }

    List<Long> unpaidIds(long id, LocalDate on) {
        return payments.unpaidHours(nude(), id, on).stream().map(HoursRow::id).toList();
    }

    @Test
    void hours_worked_before_the_21st_birthday_are_paid_at_most_at_the_young_rate() {
        long id = fixture.register("coordinator", NUDE, unique("Verjaardag"), LocalDate.of(2004, 3, 20), "0");
        for (int day = 10; day < 30; day++) {
            fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, day), "1");
        }
        assertThat(refusedWithNothingStored(id, () -> payments.pay(nude(), id, hourly(LocalDate.of(2025, 3, 31),
                "5.60")))).isEqualTo("Deze betaling is € 23,00 hoger dan het uurmaximum toestaat: voor deze uren mag "
                + "ten hoogste € 89,00 worden betaald (€ 5,60 per uur vanaf 21 jaar, € 3,30 per uur voor uren gewerkt "
                + "vóór de 21e verjaardag). Voor deze uren kan nog € 89,00 worden betaald.");
        payments.pay(nude(), id, fixedForHours(LocalDate.of(2025, 3, 31), "89.00", unpaidIds(id, LocalDate.of(2025, 3, 31))));
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("89.00");
        assertThat(fixture.paidHoursEntries(id)).isEqualTo(20);
    }

    @Test
    void march_hours_are_paid_in_april_and_december_hours_in_january_counting_in_the_month_of_payment() {
        long id = fixture.register("coordinator", NUDE, unique("Later Betaald"), ADULT, "0");
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, 28), "10");
        payments.pay(nude(), id, hourly(LocalDate.of(2025, 4, 5), "5.60"));
        // the April payment uses April's room: 210 - 56 = 154 left in April, March untouched
        assertThat(refusedWithNothingStored(id, () -> payments.pay(nude(), id, fixed(LocalDate.of(2025, 4, 20),
                "154.01")))).endsWith("Deze maand kan nog € 154,00 worden betaald.");
        payments.pay(nude(), id, fixed(LocalDate.of(2025, 3, 31), "210.00"));

        long december = fixture.register("coordinator", NUDE, unique("December"), ADULT, "0");
        fixture.approvedHours("coordinator", NUDE, december, LocalDate.of(2024, 12, 20), "5");
        payments.pay(nude(), december, hourly(LocalDate.of(2025, 1, 10), "5.00"));
        assertThat(fixture.paidInYear(december, 2025)).isEqualByComparingTo("25.00");
        assertThat(fixture.paidInYear(december, 2024)).isZero();
    }

    @Test
    void hours_approved_after_a_payment_are_paid_by_the_next_one_and_part_of_the_hours_can_be_paid() {
        long id = fixture.register("coordinator", NUDE, unique("Deelbetaling"), ADULT, "0");
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, 3), "5");
        payments.pay(nude(), id, hourly(LocalDate.of(2025, 3, 15), "5.00"));
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, 20), "2");
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, 21), "3");
        var open = unpaidIds(id, LocalDate.of(2025, 3, 25));
        assertThat(open).hasSize(2);
        // only the first of the two
        payments.pay(nude(), id, hourlyFor(LocalDate.of(2025, 3, 25), "5.00", List.of(open.getFirst())));
        assertThat(unpaidIds(id, LocalDate.of(2025, 3, 25))).containsExactly(open.getLast());
        assertThat(refusedWithNothingStored(id, () -> payments.pay(nude(), id,
                hourlyFor(LocalDate.of(2025, 3, 25), "5.00", List.of(open.getFirst()))))).startsWith(
                "Kies alleen goedgekeurde, nog niet betaalde uren van dit centrum");
        payments.pay(nude(), id, hourly(LocalDate.of(2025, 3, 25), "5.00"));
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("50.00");
        assertThat(payments.unpaidHours(nude(), id, LocalDate.of(2025, 3, 31))).isEmpty();
    }

    @Test
    void an_amount_per_hour_of_a_fraction_of_a_cent_above_the_maximum_is_refused_unrounded() {
        long id = fixture.register("coordinator", NUDE, unique("Afronding"), ADULT, "0");
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 5, 5), "3");
        var hours = unpaidIds(id, LocalDate.of(2025, 5, 10));
        assertThat(refusedWithNothingStored(id, () -> payments.pay(nude(), id,
                fixedForHours(LocalDate.of(2025, 5, 10), "16.81", hours)))).isEqualTo("Deze betaling is € 0,01 hoger "
                + "dan het uurmaximum toestaat: voor deze uren mag ten hoogste € 16,80 worden betaald (€ 5,60 per uur "
                + "vanaf 21 jaar, € 3,30 per uur voor uren gewerkt vóór de 21e verjaardag). Voor deze uren kan nog "
                + "€ 16,80 worden betaald.");
        payments.pay(nude(), id, fixedForHours(LocalDate.of(2025, 5, 10), "16.80", hours));
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("16.80");
    }

    @Test
    void a_fixed_amount_for_registered_hours_is_checked_per_hour_one_without_hours_only_per_month_and_year() {
        long id = fixture.register("coordinator", NUDE, unique("Achttien"), LocalDate.of(2007, 1, 1), "0");
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 6, 2), "10");
        var hours = unpaidIds(id, LocalDate.of(2025, 6, 30));
        assertThat(refusedWithNothingStored(id, () -> payments.pay(nude(), id,
                fixedForHours(LocalDate.of(2025, 6, 30), "100.00", hours))))
                .contains("voor deze uren mag ten hoogste € 33,00 worden betaald");
        // not in proportion to hours: month and year only
        payments.pay(nude(), id, fixed(LocalDate.of(2025, 6, 30), "100.00"));
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo("100.00");
        assertThat(fixture.paidHoursEntries(id)).isZero();
    }

    @Test
    void other_organisations_count_only_in_the_months_of_their_period() {
        long id = fixture.registerWithOther(unique("Sinds Oktober"), ADULT, "150", LocalDate.of(2025, 10, 1));
        payments.pay(nude(), id, fixed(LocalDate.of(2025, 2, 10), "200.00"));
        assertThat(refusedWithNothingStored(id, () -> payments.pay(nude(), id, fixed(LocalDate.of(2025, 10, 10),
                "60.01")))).endsWith("Deze maand kan nog € 60,00 worden betaald.");
        // 450 elsewhere in October to December: 1.650 of the year's room for this centre
        var months = new ArrayList<Integer>(List.of(1, 3, 4, 5, 6, 7, 8));
        for (int month : months) {
            payments.pay(nude(), id, fixed(LocalDate.of(2025, month, 10), "200.00"));
        }
        assertThat(refusedWithNothingStored(id, () -> payments.pay(nude(), id, fixed(LocalDate.of(2025, 9, 10),
                "50.01")))).isEqualTo("Deze betaling overschrijdt het jaarmaximum van € 2.100,00 met € 0,01. "
                + "Dit jaar kan nog € 50,00 worden betaald.");
        payments.pay(nude(), id, fixed(LocalDate.of(2025, 9, 10), "50.00"));
        assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo(new BigDecimal("1650.00"));
    }
}
