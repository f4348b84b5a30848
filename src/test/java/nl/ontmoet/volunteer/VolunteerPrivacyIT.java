package nl.ontmoet.volunteer;

import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.volunteer.domain.Availability.Slot;
import nl.ontmoet.volunteer.domain.DayPart;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.domain.PaymentKind;
import nl.ontmoet.volunteer.service.HoursInput;
import nl.ontmoet.volunteer.service.HoursService;
import nl.ontmoet.volunteer.service.PaymentInput;
import nl.ontmoet.volunteer.service.PaymentService;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerPrivacyService;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AVG: a copy of everything stored (audited as a read) and erasure in place, for whom it is allowed. */
@IntegrationTest
@Transactional
class VolunteerPrivacyIT {

    static final Slot FRIDAY_MORNING = new Slot(DayOfWeek.FRIDAY, DayPart.MORNING);

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    VolunteerService volunteerService;
    @Autowired
    VolunteerPrivacyService privacyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HoursService hoursService;
    @Autowired
    PaymentService paymentService;

    VolunteerDetails register(long centreId, String name) {
        var d = VolunteerRegisterServiceIT.person(name);
        d.setEmail("privacy@example.nl");
        d.setPhone("06-55555555");
        d.setNotes("Notitie bij " + centreId);
        d.setSkills(Set.of("Schilderen"));
        d.setInterests(Set.of("Vogels kijken"));
        d.setAvailability(Set.of(FRIDAY_MORNING));
        return volunteerService.save(centreId, d);
    }

    /** The same person registered at De Pomhorst by its own coordinator, with that centre's notes. */
    void alsoAtPomhorst(VolunteerDetails saved, String notes) {
        var atPomhorst = VolunteerFixture.person(saved.getName(), saved.getDateOfBirth(), TestClock.TODAY);
        atPomhorst.setNotes(notes);
        fixture.save("coordinator2", fixture.centre(POMHORST), atPomhorst);
    }

    int reads(long volunteerId) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Volunteer' "
                + "and entity_id = ? and action = 'READ'", Integer.class, String.valueOf(volunteerId));
    }

    String row(long volunteerId) {
        return jdbc.queryForObject("select concat_ws('|', name, coalesce(email, '-'), coalesce(phone, '-'), "
                + "coalesce(date_of_birth, '-'), coalesce(erased_at, '-')) from volunteer where id = ?",
                String.class, volunteerId);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_downloads_everything_about_a_volunteer_of_their_centre_and_the_read_is_audited() {
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Els Export");
        hoursService.enter(nude, saved.getVolunteerId(),
                new HoursInput(TestClock.TODAY.minusDays(2), null, "Koffieschenken", new BigDecimal("3.5")));
        paymentService.pay(nude, saved.getVolunteerId(),
                new PaymentInput(LocalDate.of(2025, 6, 15), PaymentKind.FIXED, new BigDecimal("42.50"), null, null));
        int before = reads(saved.getVolunteerId());

        var file = privacyService.export(nude, saved.getVolunteerId());
        var json = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(file.fileName()).isEqualTo("vrijwilliger-" + saved.getVolunteerId() + ".json");
        assertThat(json).contains(saved.getName(), "privacy@example.nl", "06-55555555", "1975-03-14", "Schilderen",
                "Vogels kijken", "FRIDAY MORNING", "Huis van de Wijk De Nude", "Notitie bij " + nude);
        assertThat(json).contains("Koffieschenken", "3.5", "2025-06-15", "42.50");
        assertThat(reads(saved.getVolunteerId())).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_coordinator_can_neither_export_nor_erase_and_nothing_is_read_or_changed() {
        users.logInOnThisThread("coordinator");
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        var saved = register(nude, "Piet Prive");
        long id = saved.getVolunteerId();
        String before = row(id);
        users.logInOnThisThread("coordinator2");

        assertThatThrownBy(() -> privacyService.export(pomhorst, id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> privacyService.export(nude, id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> privacyService.erase(pomhorst, id, saved.getVolunteerVersion(), saved.getName()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> privacyService.erase(nude, id, saved.getVolunteerVersion(), saved.getName()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(reads(id)).isZero();
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinators_export_leaves_out_what_another_centre_noted() {
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Twee Centra");
        alsoAtPomhorst(saved, "Alleen voor De Pomhorst");

        var json = new String(privacyService.export(nude, saved.getVolunteerId()).content(), StandardCharsets.UTF_8);
        assertThat(json).contains("Notitie bij " + nude, "opmerking").doesNotContain("Alleen voor De Pomhorst");
        users.logInOnThisThread("admin");
        json = new String(privacyService.export(nude, saved.getVolunteerId()).content(), StandardCharsets.UTF_8);
        assertThat(json).contains("Notitie bij " + nude, "Alleen voor De Pomhorst").doesNotContain("opmerking");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_erases_a_volunteer_active_only_at_their_centre_after_typing_the_name() {
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Wim Wissen");
        long id = saved.getVolunteerId();
        String before = row(id);
        assertThat(privacyService.mayErase(nude, id)).isTrue();

        assertThatThrownBy(() -> privacyService.erase(nude, id, saved.getVolunteerVersion(), "Wim"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("volunteer.erase.error.nameMismatch");
                    assertThat(e.getField()).contains("confirmation");
                });
        assertThat(row(id)).isEqualTo(before);

        privacyService.erase(nude, id, saved.getVolunteerVersion(), "  " + saved.getName().toUpperCase() + " ");

        var erased = volunteerService.get(nude, id);
        assertThat(erased.getName()).isEqualTo("Geanonimiseerde vrijwilliger #" + id);
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.getEmail()).isNull();
        assertThat(erased.getPhone()).isNull();
        assertThat(erased.getDateOfBirth()).isNull();
        assertThat(erased.getNotes()).isNull();
        assertThat(erased.getSkills()).isEmpty();
        assertThat(erased.getInterests()).isEmpty();
        assertThat(erased.getAvailability()).isEmpty();
        assertThat(erased.getStatus()).isEqualTo(VolunteerStatus.GESTOPT);
        assertThat(jdbc.queryForObject("select count(*) from volunteer_tag where volunteer_id = ?", Integer.class, id))
                .isZero();

        var audit = jdbc.queryForList("select changes from audit_entry where entity_type = 'Volunteer' "
                + "and entity_id = ? and action = 'UPDATE'", String.class, String.valueOf(id));
        assertThat(audit).anyMatch(changes -> changes.contains("erasedAt"));
        assertThat(String.join("\n", audit)).doesNotContain("Wim Wissen", "privacy@example.nl", "06-55555555",
                "1975-03-14", "Schilderen");
        assertThat(jdbc.queryForList("select coalesce(changes, '') from audit_entry where entity_id = ? "
                        + "and entity_type in ('Volunteer', 'Engagement')", String.class, String.valueOf(id)))
                .noneMatch(changes -> changes.contains("Wim Wissen"));
    }

    @Test
    @WithUserDetails("coordinator")
    void an_erased_volunteer_can_no_longer_be_edited_nor_erased_again() {
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Ed Erased");
        privacyService.erase(nude, saved.getVolunteerId(), saved.getVolunteerVersion(), saved.getName());
        var erased = volunteerService.get(nude, saved.getVolunteerId());
        String before = row(saved.getVolunteerId());

        erased.setName("Ed Terug");
        erased.setDateOfBirth(saved.getDateOfBirth());
        assertThatThrownBy(() -> volunteerService.save(nude, erased))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.error.erased"));
        assertThatThrownBy(() -> privacyService.erase(nude, saved.getVolunteerId(), erased.getVolunteerVersion(),
                erased.getName()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.erase.error.alreadyErased"));
        assertThat(row(saved.getVolunteerId())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coordinator")
    void an_erased_volunteer_gets_no_new_hours_or_allowances() {
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Eva Gewist");
        privacyService.erase(nude, saved.getVolunteerId(), saved.getVolunteerVersion(), saved.getName());
        long id = saved.getVolunteerId();
        var yesterday = TestClock.TODAY.minusDays(1);

        assertThatThrownBy(() -> hoursService.enter(nude, id, new HoursInput(yesterday, null, "Bar", BigDecimal.ONE)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.error.erased"));
        assertThatThrownBy(() -> paymentService.pay(nude, id,
                new PaymentInput(yesterday, PaymentKind.FIXED, new BigDecimal("10.00"), null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.error.erased"));
        assertThat(jdbc.queryForObject("select count(*) from volunteer_hours where volunteer_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from volunteer_payment where volunteer_id = ?", Integer.class,
                id)).isZero();
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_may_not_erase_a_volunteer_also_active_elsewhere_but_an_admin_may() {
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Anke Anders");
        alsoAtPomhorst(saved, null);
        var current = volunteerService.get(nude, saved.getVolunteerId());
        String before = row(saved.getVolunteerId());

        assertThat(privacyService.mayErase(nude, saved.getVolunteerId())).isFalse();
        assertThatThrownBy(() -> privacyService.erase(nude, saved.getVolunteerId(), current.getVolunteerVersion(),
                current.getName()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.erase.error.activeElsewhere"));
        assertThat(row(saved.getVolunteerId())).isEqualTo(before);

        users.logInOnThisThread("admin");
        assertThat(privacyService.mayErase(nude, saved.getVolunteerId())).isTrue();
        privacyService.erase(nude, saved.getVolunteerId(), current.getVolunteerVersion(), current.getName());
        assertThat(volunteerService.get(fixture.centre(POMHORST), saved.getVolunteerId()).getStatus())
                .isEqualTo(VolunteerStatus.GESTOPT);
    }

    @Test
    @WithUserDetails("coordinator")
    void erasing_after_someone_changed_the_volunteer_meanwhile_is_refused() {
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Stefan Stale");
        var edit = volunteerService.get(nude, saved.getVolunteerId());
        edit.setPhone("06-00000000");
        volunteerService.save(nude, edit);
        String before = row(saved.getVolunteerId());

        assertThatThrownBy(() -> privacyService.erase(nude, saved.getVolunteerId(), saved.getVolunteerVersion(),
                saved.getName())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(row(saved.getVolunteerId())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_and_a_manager_can_neither_export_nor_erase() {
        users.logInOnThisThread("coordinator");
        long nude = fixture.centre(NUDE);
        var saved = register(nude, "Coach Nee");
        for (var user : new String[]{"coach", "manager"}) {
            users.logInOnThisThread(user);
            assertThatThrownBy(() -> privacyService.export(nude, saved.getVolunteerId()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> privacyService.erase(nude, saved.getVolunteerId(), saved.getVolunteerVersion(),
                    saved.getName())).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(reads(saved.getVolunteerId())).isZero();
    }
}
