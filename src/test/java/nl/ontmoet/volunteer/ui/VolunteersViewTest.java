package nl.ontmoet.volunteer.ui;

import nl.ontmoet.TestClock;
import nl.ontmoet.TestUsers;
import nl.ontmoet.volunteer.VolunteerFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import nl.ontmoet.base.ui.NotFoundView;
import nl.ontmoet.base.ui.RouteNotFoundView;
import nl.ontmoet.volunteer.service.LinkRequestedException;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

import static nl.ontmoet.volunteer.VolunteerFixture.NUDE;
import static nl.ontmoet.volunteer.VolunteerFixture.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class VolunteersViewTest extends SpringBrowserlessTest {

    @Autowired
    VolunteerService volunteerService;
    @Autowired
    VolunteerFixture fixture;
    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_registers_a_volunteer_and_a_duplicate_or_a_too_young_one_is_refused_at_the_field() {
        var view = navigate(VolunteersView.class, Map.of("centre", NUDE));
        int before = test(view.grid).size();

        test(view.create).click();
        test(view.form.name).setValue("Henk Bakker");
        test(view.form.dateOfBirth).setValue(TestClock.TODAY.minusYears(11));
        test(view.form.status).selectItem("Actief");
        test(view.form.save).click();
        assertThat(view.form.dateOfBirth.isInvalid()).isTrue();
        assertThat(view.form.dateOfBirth.getErrorMessage()).isEqualTo("Een vrijwilliger moet minstens 12 jaar oud zijn.");

        test(view.form.dateOfBirth).setValue(LocalDate.of(1960, 3, 3));
        test(view.form.save).click();
        var after = (VolunteersView) getCurrentView();
        assertThat(test(after.grid).size()).isEqualTo(before + 1);

        test(after.create).click();
        test(after.form.name).setValue("Henk Bakker");
        test(after.form.dateOfBirth).setValue(LocalDate.of(1960, 3, 3));
        test(after.form.save).click();
        assertThat(after.form.name.isInvalid()).isTrue();
        assertThat(after.form.name.getErrorMessage())
                .isEqualTo("Henk Bakker met deze geboortedatum staat al als vrijwilliger bij dit centrum ingeschreven.");
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_coordinator_gets_not_found_for_a_volunteer_not_engaged_at_their_centre() {
        var other = VolunteerFixture.person("Geheime Gerrit", LocalDate.of(1970, 1, 1), TestClock.TODAY);
        // stored directly so that coordinator2 has no engagement with this volunteer
        long saved = users.as("admin", () -> volunteerService.save(fixture.centre(NUDE), other)).getVolunteerId();

        navigate("centres/" + POMHORST + "/volunteers/" + saved, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("centres/" + NUDE + "/volunteers", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_gets_the_no_access_page_and_no_personal_data() {
        navigate("centres/" + NUDE + "/volunteers", RouteNotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_gets_the_no_access_page_for_the_volunteers_of_a_coachees_centre() {
        navigate("centres/" + NUDE + "/volunteers", RouteNotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
    }

    @Test
    @WithUserDetails("coordinator2")
    void registering_a_person_of_another_centre_says_at_the_form_that_linking_needs_confirmation() {
        var name = "Lotte Smit " + System.nanoTime();
        users.as("coordinator", () -> volunteerService.save(fixture.centre(NUDE), details(name)));
        var view = navigate(VolunteersView.class, Map.of("centre", POMHORST));
        int before = test(view.grid).size();

        test(view.create).click();
        test(view.form.name).setValue(name);
        test(view.form.dateOfBirth).setValue(BORN);
        test(view.form.email).setValue("aanvaller@example.nl");
        test(view.form.status).selectItem("Actief");
        test(view.form.save).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo(name + " met deze geboortedatum staat al bij een "
                + "ander centrum ingeschreven. Koppelen aan dit centrum moet een coördinator van dat centrum "
                + "bevestigen; het verzoek is verstuurd. Tot dan ziet u deze persoon niet.");
        assertThat(test(view.grid).size()).isEqualTo(before);
        assertThat(view.linkRequests.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator")
    void the_coordinator_of_the_persons_centre_sees_the_request_and_confirms_or_refuses_it() {
        var confirmed = "Confirm Kok " + System.nanoTime();
        var refused = "Refuse Kok " + System.nanoTime();
        long confirmedId = volunteerService.save(fixture.centre(NUDE), details(confirmed)).getVolunteerId();
        volunteerService.save(fixture.centre(NUDE), details(refused));
        for (var name : new String[]{confirmed, refused}) {
            users.as("coordinator2", () -> {
                try {
                    volunteerService.save(fixture.centre(POMHORST), details(name));
                } catch (LinkRequestedException expected) {
                    // the request is stored
                }
            });
        }

        var view = navigate(VolunteersView.class, Map.of("centre", NUDE));
        assertThat(view.linkRequests.isVisible()).isTrue();
        assertThat(view.linkRequests.title.getText()).isEqualTo("Koppelverzoeken van andere centra");
        var texts = view.linkRequests.texts();
        int confirmAt = indexOf(texts, confirmed);
        assertThat(texts.get(confirmAt)).isEqualTo(confirmed + " (geboren 03-03-1961): Wijkcentrum De Pomhorst "
                + "vraagt om koppeling, aangevraagd door coordinator2 op " + requestDate(confirmed));
        assertThat(view.linkRequests.confirmButtons.get(confirmAt).getText()).isEqualTo("Bevestigen");
        test(view.linkRequests.confirmButtons.get(confirmAt)).click();
        assertThat(view.linkRequests.texts()).noneMatch(t -> t.startsWith(confirmed));
        assertThat(users.as("coordinator2", () -> volunteerService.get(fixture.centre(POMHORST), confirmedId)).getTasks())
                .isEqualTo("Koffieochtend");

        int refuseAt = indexOf(view.linkRequests.texts(), refused);
        assertThat(view.linkRequests.refuseButtons.get(refuseAt).getText()).isEqualTo("Weigeren");
        test(view.linkRequests.refuseButtons.get(refuseAt)).click();
        assertThat(view.linkRequests.texts()).noneMatch(t -> t.startsWith(refused));
    }

    private static int indexOf(java.util.List<String> texts, String name) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(name + " ")) {
                return i;
            }
        }
        throw new AssertionError(name + " not in " + texts);
    }

    /** The request's own date: its creation time is stamped by the auditing, not by the test clock. */
    private String requestDate(String name) {
        var requestedAt = jdbcTemplate.queryForObject("select r.created_at from volunteer_link_request r "
                + "join volunteer v on v.id = r.volunteer_id where v.name = ?", java.sql.Timestamp.class, name);
        return nl.ontmoet.base.format.Formats.DUTCH.date(requestedAt.toInstant()
                .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    static final LocalDate BORN = LocalDate.of(1961, 3, 3);

    static VolunteerDetails details(String name) {
        var d = VolunteerFixture.person(name, BORN, LocalDate.of(2025, 1, 1));
        d.setTasks("Koffieochtend");
        return d;
    }
}
