package nl.ontmoet.volunteer;

import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.volunteer.domain.CentreVolunteerCount;
import nl.ontmoet.volunteer.domain.VolunteerSettings;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.VogService;
import nl.ontmoet.volunteer.service.VogService.VogDue;
import nl.ontmoet.volunteer.service.VolunteerCountService;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VOG overview with the municipality's maximum age, and counts of active volunteers without names. */
@IntegrationTest
@Transactional
class VogAndCountsIT {

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    VolunteerService volunteerService;
    @Autowired
    VogService vogService;
    @Autowired
    VolunteerCountService countService;
    @Autowired
    CentreRepository centres;

    long register(long centreId, String name, VolunteerStatus status, boolean vogNeeded, LocalDate vogDate) {
        var d = VolunteerRegisterServiceIT.person(name);
        d.setStatus(status);
        d.setVogNeeded(vogNeeded);
        d.setVogDate(vogDate);
        return volunteerService.save(centreId, d).getVolunteerId();
    }

    @Test
    @WithUserDetails("coordinator")
    void missing_and_too_old_vogs_are_listed_with_the_day_they_expired() {
        long nude = fixture.centre(NUDE);
        var today = TestClock.TODAY;
        assertThat(vogService.maxAgeYears()).isEqualTo(3);
        long missing = register(nude, "Vera Zonder", VolunteerStatus.AANMELDING, true, null);
        long old = register(nude, "Otto Oud", VolunteerStatus.ACTIEF, true, today.minusYears(3).minusDays(1));
        long exactlyThree = register(nude, "Daan Precies", VolunteerStatus.ACTIEF, true, today.minusYears(3));
        long stopped = register(nude, "Gerrit Gestopt", VolunteerStatus.GESTOPT, true, null);
        long notNeeded = register(nude, "Nina Niet", VolunteerStatus.ACTIEF, false, null);

        var due = vogService.due(nude);
        assertThat(due).filteredOn(d -> d.volunteerId() == missing).singleElement()
                .satisfies(d -> {
                    assertThat(d.missing()).isTrue();
                    assertThat(d.expiredOn()).isNull();
                });
        assertThat(due).filteredOn(d -> d.volunteerId() == old).singleElement()
                .satisfies(d -> assertThat(d.expiredOn()).isEqualTo(today.minusDays(1)));
        assertThat(due).extracting(VogDue::volunteerId).doesNotContain(exactlyThree, stopped, notNeeded);

        users.logInOnThisThread("coordinator2");
        assertThatThrownBy(() -> vogService.due(nude)).isInstanceOf(RecordNotFoundException.class);
        assertThat(vogService.due(fixture.centre(POMHORST))).extracting(VogDue::volunteerId).doesNotContain(missing, old);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sets_the_maximum_age_and_the_overview_follows_it() {
        long nude = fixture.centre(NUDE);
        long fourYears = register(nude, "Vier Jaar", VolunteerStatus.ACTIEF, true, TestClock.TODAY.minusYears(4));
        assertThat(vogService.due(nude)).extracting(VogDue::volunteerId).contains(fourYears);

        var settings = vogService.settings();
        settings.setVogMaxAgeYears(5);
        vogService.save(settings);
        assertThat(vogService.maxAgeYears()).isEqualTo(5);
        assertThat(vogService.due(nude)).extracting(VogDue::volunteerId).doesNotContain(fourYears);
    }

    @Test
    @WithUserDetails("admin")
    void a_maximum_age_that_is_not_a_positive_number_of_years_is_refused_and_nothing_changes() {
        for (Integer wrong : new Integer[]{null, 0, -2, VolunteerSettings.MAX_VOG_AGE_YEARS + 1}) {
            // a detached copy, as the screen sends it: the stored settings must stay as they are
            var settings = new VolunteerSettings();
            settings.setVogMaxAgeYears(wrong);
            assertThatThrownBy(() -> vogService.save(settings))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("volunteer.vog.error.age");
                        assertThat(e.getField()).contains("vogMaxAgeYears");
                    });
        }
        assertThat(vogService.maxAgeYears()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_may_not_change_the_maximum_age() {
        assertThatThrownBy(() -> vogService.settings()).isInstanceOf(AccessDeniedException.class);
        var settings = new VolunteerSettings();
        settings.setVogMaxAgeYears(1);
        assertThatThrownBy(() -> vogService.save(settings)).isInstanceOf(AccessDeniedException.class);
        assertThat(vogService.maxAgeYears()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("coordinator")
    void managers_and_admins_count_active_volunteers_per_centre_in_one_list_and_others_may_not() {
        long nude = fixture.centre(NUDE);
        assertThatThrownBy(() -> countService.activePerCentre()).isInstanceOf(AccessDeniedException.class);
        long before = countService.activeAt(nude);
        register(nude, "Actieve Anna", VolunteerStatus.ACTIEF, false, null);
        register(nude, "Aangemelde Abel", VolunteerStatus.AANMELDING, false, null);
        assertThat(countService.activeAt(nude)).isEqualTo(before + 1);

        for (var user : new String[]{"manager", "admin"}) {
            users.logInOnThisThread(user);
            var counts = countService.activePerCentre();
            assertThat(counts).extracting(CentreVolunteerCount::centreName).contains("Huis van de Wijk De Nude",
                    "Ontmoetingscentrum Tongelre");
            assertThat(counts).filteredOn(c -> c.centreId() == nude).singleElement()
                    .satisfies(c -> assertThat(c.active()).isEqualTo(before + 1));
            assertThat(counts.size()).isEqualTo(centres.count());
        }
        users.logInOnThisThread("coach");
        assertThatThrownBy(() -> countService.activePerCentre()).isInstanceOf(AccessDeniedException.class);
        assertThat(countService.activeAt(nude)).isEqualTo(before + 1);
    }
}
