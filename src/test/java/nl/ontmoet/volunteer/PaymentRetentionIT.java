package nl.ontmoet.volunteer;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.Race;
import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.volunteer.service.RetentionPurgeJob;
import nl.ontmoet.volunteer.service.StatementService;
import nl.ontmoet.volunteer.service.VolunteerPrivacyService;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static nl.ontmoet.Race.runner;
import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.fixed;
import static nl.ontmoet.volunteer.VolunteerFixture.hourly;
import static nl.ontmoet.volunteer.VolunteerFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure against the fiscal retention period: personal data goes at once, who was paid stays apart with the
 * payments until the end of the seventh year after the last payment, and the nightly purge then removes it, once
 * even when two nodes run it at the same moment. Real commits, no test transaction.
 */
@IntegrationTest
class PaymentRetentionIT {

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerPrivacyService privacy;
    @Autowired
    PaymentService payments;
    @Autowired
    StatementService statements;
    @Autowired
    RetentionPurgeJob job;
    @Autowired
    Race race;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String statement(String user, long centreId, long id) throws Exception {
        var file = users.as(user, () -> statements.statement(centreId, id, 2025));
        try (var pdf = Loader.loadPDF(file.content())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    int count(String table, long volunteerId) {
        return jdbc.queryForObject("select count(*) from " + table + " where volunteer_id = ?", Integer.class,
                volunteerId);
    }

    @Test
    void erasure_keeps_exactly_the_payee_and_payments_for_seven_years_and_the_purge_removes_them_once() throws Exception {
        long nude = fixture.centre(NUDE);
        var name = unique("Bewaarplicht");
        var person = VolunteerFixture.person(name, LocalDate.of(1970, 5, 5), LocalDate.of(2020, 1, 1));
        person.setEmail("bewaar@example.nl");
        person.setPhone("06-12345678");
        person.setNotes("Privé notitie");
        long id = fixture.save("coordinator", nude, person).getVolunteerId();
        fixture.approvedHours("coordinator", NUDE, id, LocalDate.of(2025, 3, 3), "4");
        users.as("coordinator", () -> payments.pay(nude, id, hourly(LocalDate.of(2025, 3, 31), "5.00")));
        users.as("coordinator", () -> payments.pay(nude, id, fixed(LocalDate.of(2025, 5, 10), "50.00")));
        List<Long> entries = jdbc.queryForList("select ledger_entry_id from volunteer_payment where volunteer_id = ?",
                Long.class, id);
        var saved = users.as("coordinator", () -> volunteers.get(nude, id));
        users.as("coordinator", () -> privacy.erase(nude, id, saved.getVolunteerVersion(), name));

        var anonymised = jdbc.queryForMap("""
                select v.name, v.email, v.phone, v.date_of_birth, e.notes
                from volunteer v join volunteer_engagement e on e.volunteer_id = v.id where v.id = ?""", id);
        assertThat(anonymised.get("name")).isEqualTo("Geanonimiseerde vrijwilliger #" + id);
        assertThat(anonymised.get("email")).isNull();
        assertThat(anonymised.get("phone")).isNull();
        assertThat(anonymised.get("date_of_birth")).isNull();
        assertThat(anonymised.get("notes")).isNull();
        var kept = jdbc.queryForMap("""
                select name, date_of_birth, retain_until from volunteer_payee_retention where volunteer_id = ?""", id);
        assertThat(kept).containsOnlyKeys("name", "date_of_birth", "retain_until");
        assertThat(kept.get("name")).isEqualTo(name);
        assertThat(kept.get("date_of_birth")).isEqualTo(Date.valueOf("1970-05-05"));
        assertThat(kept.get("retain_until")).isEqualTo(Date.valueOf("2032-12-31"));
        assertThat(jdbc.queryForList("select amount from volunteer_payment where volunteer_id = ? order by payment_date",
                java.math.BigDecimal.class, id)).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("20.00"), new java.math.BigDecimal("50.00"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where changes like ?", Integer.class,
                "%" + name + "%")).isZero();
        // the administration can still identify the payee; the coordinator sees the anonymised name only
        assertThat(statement("admin", nude, id).replace(" ", "")).contains(("Ontvanger (bewaard voor de fiscale "
                + "bewaarplicht tot en met 31-12-2032): " + name + ", geboren 05-05-1970").replace(" ", ""));
        assertThat(statement("coordinator", nude, id)).doesNotContain(name);

        jdbc.update("delete from scheduled_lock where name = ?", RetentionPurgeJob.LOCK);
        clock.set(LocalDateTime.of(2032, 12, 31, 3, 30));
        assertThat(job.run()).isTrue();
        assertThat(count("volunteer_payee_retention", id)).isEqualTo(1);
        assertThat(count("volunteer_payment", id)).isEqualTo(2);

        jdbc.update("delete from scheduled_lock where name = ?", RetentionPurgeJob.LOCK);
        clock.set(LocalDateTime.of(2033, 1, 1, 3, 30));
        var runs = race.atOnce(runner("admin", () -> String.valueOf(job.run())),
                runner("coordinator", () -> String.valueOf(job.run())));
        assertThat(runs).containsExactlyInAnyOrder("true", "false");
        assertThat(count("volunteer_payee_retention", id)).isZero();
        assertThat(count("volunteer_payment", id)).isZero();
        assertThat(count("volunteer_hours", id)).isZero();
        // the centre's books keep their entries, which never named the person
        for (long entry : entries) {
            assertThat(jdbc.queryForObject("select counterparty from ledger_entry where id = ?", String.class, entry))
                    .isEqualTo("Vrijwilliger " + id);
        }
        // a node whose schedule fires a little later skips the run
        clock.set(LocalDateTime.of(2033, 1, 1, 3, 35));
        assertThat(job.run()).isFalse();
    }
}
