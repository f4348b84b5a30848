package nl.ontmoet.volunteer;

import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.volunteer.domain.VolunteerRow;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@Transactional
class VolunteerServiceIT {

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    VolunteerService volunteerService;

    static VolunteerDetails person(String name, LocalDate born) {
        var d = VolunteerFixture.person(name, born, TestClock.TODAY);
        d.setEmail("vrijwilliger@example.nl");
        d.setTasks("Koffieochtend");
        return d;
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_registers_a_volunteer_and_finds_them_in_the_register() {
        long nude = fixture.centre(NUDE);
        var saved = volunteerService.save(nude, person("Fatima el Amrani", LocalDate.of(1980, 4, 2)));
        assertThat(saved.getVolunteerId()).isNotNull();
        assertThat(volunteerService.page(nude, Pageable.unpaged()).getContent())
                .anyMatch(r -> r.volunteerId() == saved.getVolunteerId() && r.name().equals("Fatima el Amrani"));
        var read = volunteerService.get(nude, saved.getVolunteerId());
        assertThat(read.getEmail()).isEqualTo("vrijwilliger@example.nl");

        read.setPhone("06-12345678");
        assertThat(volunteerService.save(nude, read).getPhone()).isEqualTo("06-12345678");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_duplicate_at_the_same_centre_a_future_birth_date_and_a_child_under_12_are_refused() {
        long nude = fixture.centre(NUDE);
        volunteerService.save(nude, person("Kees de Vries", LocalDate.of(1950, 1, 1)));
        assertThatThrownBy(() -> volunteerService.save(nude, person("kees  de vries", LocalDate.of(1950, 1, 1))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("volunteer.error.duplicate");
                    assertThat(e.getField()).contains("name");
                });
        assertThatThrownBy(() -> volunteerService.save(nude, person("Toekomst", TestClock.TODAY.plusDays(1))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.error.bornInFuture"));
        assertThatThrownBy(() -> volunteerService.save(nude,
                person("Jonge Jan", TestClock.TODAY.minusYears(12).plusDays(1))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.error.tooYoung"));
        // exactly 12 today is allowed
        assertThat(volunteerService.save(nude, person("Jonge Jan", TestClock.TODAY.minusYears(12)))
                .getVolunteerId()).isNotNull();
    }

    @Test
    @WithUserDetails("coordinator")
    void one_person_engaged_at_two_centres_is_one_volunteer_and_the_other_coordinator_sees_only_their_own() {
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        var atNude = volunteerService.save(nude, person("Anna Jansen", LocalDate.of(1990, 5, 5)));

        users.logInOnThisThread("coordinator2");
        // not engaged at De Pomhorst: not found, by volunteer id and by the other centre
        assertThatThrownBy(() -> volunteerService.get(pomhorst, atNude.getVolunteerId()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> volunteerService.get(nude, atNude.getVolunteerId()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> volunteerService.page(nude, Pageable.unpaged()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(volunteerService.page(pomhorst, Pageable.unpaged()).getContent())
                .noneMatch(r -> r.volunteerId() == atNude.getVolunteerId());

        // the same person signs up at De Pomhorst: only a link request, still not found until De Nude confirms
        assertThatThrownBy(() -> volunteerService.save(pomhorst, person("Anna Jansen", LocalDate.of(1990, 5, 5))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("volunteer.link.requested"));
        assertThatThrownBy(() -> volunteerService.get(pomhorst, atNude.getVolunteerId()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_no_personal_data() {
        long nude = fixture.centre(NUDE);
        assertThat(volunteerService.canSeePersonalData(nude)).isFalse();
        assertThatThrownBy(() -> volunteerService.page(nude, Pageable.unpaged()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> volunteerService.save(nude, person("X", LocalDate.of(1980, 1, 1))))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_sees_no_personal_data() {
        assertThat(volunteerService.canSeePersonalData(fixture.centre(NUDE))).isFalse();
        assertThatThrownBy(() -> volunteerService.page(fixture.centre(NUDE), Pageable.unpaged()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_register() {
        long pomhorst = fixture.centre(POMHORST);
        assertThat(volunteerService.canSeePersonalData(pomhorst)).isTrue();
        var rows = volunteerService.page(pomhorst, Pageable.unpaged()).getContent();
        assertThat(rows).extracting(VolunteerRow::name, VolunteerRow::status, VolunteerRow::tasks).contains(
                tuple("Ria van den Berg", VolunteerStatus.ACTIEF, "Repair café"),
                tuple("Gerard Hendriks", VolunteerStatus.GESTOPT, "Tuinonderhoud"));
        assertThat(rows).extracting(VolunteerRow::name).doesNotContain("Mohamed Ouali", "Kees Verhoeven");
        long ria = rows.stream().filter(r -> r.name().equals("Ria van den Berg")).findFirst().orElseThrow()
                .volunteerId();
        var details = volunteerService.get(pomhorst, ria);
        assertThat(details.getEmail()).isEqualTo("ria.vandenberg@example.nl");
        assertThat(details.getDateOfBirth()).isEqualTo(LocalDate.of(1956, 9, 12));
    }

    @Test
    @WithUserDetails("coordinator")
    void another_organisations_allowance_with_more_than_two_decimals_is_refused_at_its_field_never_rounded() {
        long nude = fixture.centre(NUDE);
        var person = person("Drie Decimalen", LocalDate.of(1980, 1, 1));
        person.setOtherAllowancePerMonth(new BigDecimal("12.345"));
        assertThatThrownBy(() -> volunteerService.save(nude, person))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("amount.error.decimals");
                    assertThat(e.getField()).contains("otherAllowancePerMonth");
                });
        assertThat(volunteerService.page(nude, Pageable.unpaged()).getContent())
                .noneMatch(r -> r.name().equals("Drie Decimalen"));

        person.setOtherAllowancePerMonth(new BigDecimal("12.340"));
        assertThat(volunteerService.save(nude, person).getOtherAllowancePerMonth()).isEqualTo("12.34");
    }
}
