package nl.ontmoet.volunteer;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static nl.ontmoet.Race.runner;
import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static nl.ontmoet.volunteer.VolunteerFixture.fixed;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two coordinators of two different centres pay the same volunteer at the same moment, each amount within the
 * limit on its own but not together: exactly one payment is stored, the other is refused with the limit it
 * would break. Real commits on MariaDB, no test transaction.
 */
@IntegrationTest
class PaymentConcurrencyIT {

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    PaymentService payments;
    @Autowired
    Race race;

    @Test
    void two_centres_paying_the_same_volunteer_at_once_never_pass_the_month_or_year_limit() throws Exception {
        for (int round = 0; round < 4; round++) {
            // even rounds: 150 + 150 in the same month against the month limit of 210.
            // odd rounds: 170 a month elsewhere is 2.040 of the 2.100 a year, so 60 is left of the year and 40 of
            // each month: 35 in November and 35 in December each fit, together they pass the year limit.
            boolean yearRound = round % 2 == 1;
            var other = yearRound ? "170.00" : "0.00";
            long id = fixture.registerAtBoth(unique("Gelijktijdig"), LocalDate.of(1975, 3, 3), other);
            String amount = yearRound ? "35" : "150";
            LocalDate date = LocalDate.of(2025, yearRound ? 11 : 7, 15);
            LocalDate otherDate = yearRound ? LocalDate.of(2025, 12, 15) : date;
            long nude = fixture.centre(NUDE);
            long pomhorst = fixture.centre(POMHORST);

            var results = race.atOnce(
                    runner("coordinator", () -> paid(payments.pay(nude, id, fixed(date, amount)))),
                    runner("coordinator2", () -> paid(payments.pay(pomhorst, id, fixed(otherDate, amount)))));

            assertThat(results).containsExactlyInAnyOrder("paid",
                    yearRound ? "volunteer.payment.error.YEAR" : "volunteer.payment.error.MONTH");
            assertThat(fixture.payments(id)).isEqualTo(1);
            assertThat(fixture.paidInYear(id, 2025)).isEqualByComparingTo(amount);
        }
    }

    private static String paid(Object payment) {
        return "paid";
    }
}
