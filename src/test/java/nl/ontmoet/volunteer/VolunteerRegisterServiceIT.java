package nl.ontmoet.volunteer;

import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.volunteer.domain.Availability.Slot;
import nl.ontmoet.volunteer.domain.DayPart;
import nl.ontmoet.volunteer.domain.VolunteerMatching.Match;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerMatchService;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Skills, interests, availability and matching: stored tidy, bad input refused, personal data kept in its centre. */
@IntegrationTest
@Transactional
class VolunteerRegisterServiceIT {

    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;

    static final Slot MONDAY_AFTERNOON = new Slot(DayOfWeek.MONDAY, DayPart.AFTERNOON);
    static final Slot TUESDAY_EVENING = new Slot(DayOfWeek.TUESDAY, DayPart.EVENING);

    @Autowired
    VolunteerService volunteerService;
    @Autowired
    VolunteerMatchService matchService;
    @Autowired
    JdbcTemplate jdbc;

    static VolunteerDetails person(String name) {
        return VolunteerFixture.person(name + " " + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(1975, 3, 14), TestClock.TODAY);
    }

    int tagRows(long volunteerId) {
        return jdbc.queryForObject("select count(*) from volunteer_tag where volunteer_id = ?", Integer.class,
                volunteerId);
    }

    @Test
    @WithUserDetails("coordinator")
    void tags_are_stored_once_each_as_entered_and_availability_per_engagement() {
        long nude = fixture.centre(NUDE);
        var details = person("Tina Tags");
        // the first spelling of a tag wins; the same tag in other case or spacing is not stored twice
        details.setSkills(new LinkedHashSet<>(List.of("  Eerste   Hulp ", "eerste hulp", "Koken")));
        details.setInterests(Set.of("Koken", "Tuinieren"));
        details.setAvailability(Set.of(MONDAY_AFTERNOON, TUESDAY_EVENING));
        var saved = volunteerService.save(nude, details);

        var read = volunteerService.get(nude, saved.getVolunteerId());
        assertThat(read.getSkills()).containsExactlyInAnyOrder("Eerste Hulp", "Koken");
        assertThat(read.getInterests()).containsExactlyInAnyOrder("Koken", "Tuinieren");
        assertThat(read.getAvailability()).containsExactly(MONDAY_AFTERNOON, TUESDAY_EVENING);
        assertThat(jdbc.queryForList("select normalized from volunteer_tag where volunteer_id = ? and kind = 'SKILL'",
                String.class, saved.getVolunteerId())).containsExactlyInAnyOrder("eerste hulp", "koken");
    }

    @Test
    @WithUserDetails("coordinator")
    void an_empty_or_too_long_tag_is_refused_at_its_field_and_nothing_is_stored() {
        long nude = fixture.centre(NUDE);
        var details = person("Erik Leeg");
        details.setSkills(Set.of("Koken"));
        var saved = volunteerService.save(nude, details);
        var edit = volunteerService.get(nude, saved.getVolunteerId());
        edit.setSkills(Set.of("Koken", "   "));
        edit.setTasks("Gewijzigd");
        assertThatThrownBy(() -> volunteerService.save(nude, edit))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("volunteer.error.tagEmpty");
                    assertThat(e.getField()).contains("skills");
                });
        edit.setSkills(Set.of("Koken"));
        edit.setInterests(Set.of("x".repeat(51)));
        assertThatThrownBy(() -> volunteerService.save(nude, edit))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("volunteer.error.tagTooLong");
                    assertThat(e.getField()).contains("interests");
                });
        var unchanged = volunteerService.get(nude, saved.getVolunteerId());
        assertThat(unchanged.getTasks()).isNull();
        assertThat(unchanged.getInterests()).isEmpty();
        assertThat(tagRows(saved.getVolunteerId())).isEqualTo(1);

        // exactly 50 characters is allowed
        edit.setInterests(Set.of("y".repeat(50)));
        assertThat(volunteerService.save(nude, edit).getInterests()).containsExactly("y".repeat(50));
    }

    @Test
    @WithUserDetails("coordinator")
    void saving_over_a_change_made_meanwhile_is_refused_and_keeps_the_other_change() {
        long nude = fixture.centre(NUDE);
        var saved = volunteerService.save(nude, person("Sanne Stale"));
        var mine = volunteerService.get(nude, saved.getVolunteerId());
        var theirs = volunteerService.get(nude, saved.getVolunteerId());
        theirs.setSkills(Set.of("Fietsen repareren"));
        volunteerService.save(nude, theirs);

        mine.setAvailability(Set.of(TUESDAY_EVENING));
        mine.setSkills(Set.of("Koken"));
        assertThatThrownBy(() -> volunteerService.save(nude, mine))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        var stored = volunteerService.get(nude, saved.getVolunteerId());
        assertThat(stored.getSkills()).containsExactly("Fietsen repareren");
        assertThat(stored.getAvailability()).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator")
    void active_volunteers_with_a_fitting_tag_and_time_are_suggested_with_the_reason() {
        long nude = fixture.centre(NUDE);
        var course = matchService.activities(nude).stream()
                .filter(a -> a.title().equals("Computercursus voor 60-plussers")).findFirst().orElseThrow();
        var fits = person("Mia Match");
        fits.setSkills(Set.of("Computer"));
        fits.setAvailability(Set.of(MONDAY_AFTERNOON));
        long fitsId = volunteerService.save(nude, fits).getVolunteerId();
        var stopped = person("Stijn Gestopt");
        stopped.setSkills(Set.of("Computer"));
        stopped.setAvailability(Set.of(MONDAY_AFTERNOON));
        stopped.setStatus(VolunteerStatus.GESTOPT);
        long stoppedId = volunteerService.save(nude, stopped).getVolunteerId();
        var nothing = person("Noor Niets");
        nothing.setSkills(Set.of("Zingen"));
        nothing.setAvailability(Set.of(TUESDAY_EVENING));
        long nothingId = volunteerService.save(nude, nothing).getVolunteerId();

        var matches = matchService.suggest(nude, course.id());
        assertThat(matches).filteredOn(m -> m.volunteerId() == fitsId).singleElement().satisfies(m -> {
            assertThat(m.matchedTags()).containsExactly("Computer");
            assertThat(m.coveredSlots()).containsExactly(MONDAY_AFTERNOON);
            assertThat(m.coversAll()).isTrue();
        });
        assertThat(matches).extracting(Match::volunteerId).doesNotContain(stoppedId, nothingId);
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_coordinator_can_neither_match_nor_guess_a_volunteer_or_activity_of_this_centre() {
        users.logInOnThisThread("coordinator");
        long nude = fixture.centre(NUDE);
        long pomhorst = fixture.centre(POMHORST);
        var activityId = matchService.activities(nude).getFirst().id();
        var saved = volunteerService.save(nude, person("Geheime Gijs"));
        users.logInOnThisThread("coordinator2");

        assertThatThrownBy(() -> matchService.suggest(nude, activityId)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> matchService.suggest(pomhorst, activityId))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> matchService.activities(nude)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> volunteerService.get(pomhorst, saved.getVolunteerId()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(matchService.suggest(pomhorst, matchService.activities(pomhorst).getFirst().id()))
                .extracting(Match::volunteerId).doesNotContain(saved.getVolunteerId());
    }

    @Test
    @WithUserDetails("coordinator2")
    void tag_suggestions_come_only_from_volunteers_engaged_at_the_centre() {
        var suggestions = volunteerService.tagSuggestions(fixture.centre(POMHORST));
        // Ria volunteers at De Pomhorst too; Mohamed's skills belong to De Nude only
        assertThat(suggestions.skills()).contains("Koffie zetten").doesNotContain("Computer");
        assertThatThrownBy(() -> volunteerService.tagSuggestions(fixture.centre(NUDE)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_and_a_manager_get_no_matches() {
        long nude = fixture.centre(NUDE);
        assertThatThrownBy(() -> matchService.activities(nude)).isInstanceOf(RecordNotFoundException.class);
        users.logInOnThisThread("manager");
        assertThatThrownBy(() -> matchService.activities(nude)).isInstanceOf(RecordNotFoundException.class);
    }
}
