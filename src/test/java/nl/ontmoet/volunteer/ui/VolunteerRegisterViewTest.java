package nl.ontmoet.volunteer.ui;

import nl.ontmoet.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import com.vaadin.flow.component.html.Span;
import nl.ontmoet.base.ui.RouteNotFoundView;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.volunteer.domain.Availability.Slot;
import nl.ontmoet.volunteer.domain.DayPart;
import nl.ontmoet.volunteer.domain.VolunteerStatus;
import nl.ontmoet.volunteer.service.VolunteerDetails;
import nl.ontmoet.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The new parts of the volunteers page: tags and availability, matching, VOG overview, counts and erasure. */
@SpringBootTest
@Transactional
class VolunteerRegisterViewTest extends SpringBrowserlessTest {

    static final String NUDE = "huis-van-de-wijk-de-nude";

    @Autowired
    VolunteerService volunteerService;
    @Autowired
    CentreRepository centres;

    long nude() {
        return centres.findBySlug(NUDE).orElseThrow().getId();
    }

    static void type(MultiSelectComboBox<String> field, String text) {
        ComponentUtil.fireEvent(field, new CustomValueSetEvent<>(field, true, text));
    }

    VolunteersView newVolunteer(String name) {
        var view = navigate(VolunteersView.class, Map.of("centre", NUDE));
        test(view.create).click();
        test(view.form.name).setValue(name);
        test(view.form.dateOfBirth).setValue(LocalDate.of(1982, 8, 8));
        test(view.form.status).selectItem("Actief");
        return view;
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_enters_skills_interests_and_availability_and_reads_them_back() {
        var view = newVolunteer("Teun Tags");
        type(view.form.skills, "Koken");
        type(view.form.skills, "Eerste hulp");
        type(view.form.interests, "Muziek");
        test(view.form.availability.boxes.get(new Slot(DayOfWeek.TUESDAY, DayPart.EVENING))).click();
        assertThat(view.form.availability.boxes.get(new Slot(DayOfWeek.TUESDAY, DayPart.EVENING)).getAriaLabel())
                .contains("dinsdagavond");
        test(view.form.save).click();

        var after = (VolunteersView) getCurrentView();
        assertThat(after.form.skills.getValue()).containsExactlyInAnyOrder("Koken", "Eerste hulp");
        assertThat(after.form.interests.getValue()).containsExactly("Muziek");
        assertThat(after.form.availability.getValue()).containsExactly(new Slot(DayOfWeek.TUESDAY, DayPart.EVENING));
        assertThat(after.privacy.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator")
    void the_tag_fields_offer_the_skills_and_interests_already_used_at_the_centre() {
        var view = newVolunteer("Sam Suggesties");
        assertThat(view.form.skills.getListDataView().getItems()).contains("Koffie zetten", "Computer", "Koken");
        assertThat(view.form.interests.getListDataView().getItems()).contains("Handwerken", "Wandelen")
                .doesNotContain("Koken");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_too_long_tag_is_refused_at_its_field_in_dutch_and_nothing_is_stored() {
        var view = newVolunteer("Lange Lies");
        int before = test(view.grid).size();
        type(view.form.skills, "x".repeat(51));
        test(view.form.save).click();
        assertThat(view.form.skills.isInvalid()).isTrue();
        assertThat(view.form.skills.getErrorMessage()).isEqualTo("\u201e" + "x".repeat(51)
                + "\u201d is te lang: gebruik hoogstens 50 tekens.");
        view.grid.getDataProvider().refreshAll();
        assertThat(test(view.grid).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_page_counts_active_volunteers_and_lists_missing_and_expired_vogs_with_icon_and_text() {
        var view = navigate(VolunteersView.class, Map.of("centre", NUDE));
        assertThat(view.activeCount.getText()).startsWith("Actieve vrijwilligers bij dit centrum: ");
        var grid = test(view.vogOverview.grid);
        var states = new java.util.HashMap<String, String>();
        for (int row = 0; row < grid.size(); row++) {
            states.put(grid.getCellText(row, 0), ((Span) grid.getCellComponent(row, 1)).getElement().getTextRecursively());
        }
        assertThat(states).containsEntry("Lotte Smits", "Ontbreekt");
        var keesExpired = TestClock.TODAY.minusYears(1).minusMonths(2);
        assertThat(states).containsEntry("Kees Verhoeven",
                "Verlopen sinds " + DateTimeFormatter.ofPattern("dd-MM-yyyy").format(keesExpired));
        assertThat(states).doesNotContainKey("Mohamed Ouali");
        assertThat(view.vogOverview.intro.getText()).contains("ouder is dan 3 jaar");
    }

    @Test
    @WithUserDetails("coordinator")
    void finding_volunteers_for_an_activity_lists_who_fits_and_why() {
        var view = navigate(VolunteersView.class, Map.of("centre", NUDE));
        test(view.findForActivity).click();
        var dialog = $(MatchDialog.class).single();
        test(dialog.activity).selectItem("Computercursus voor 60-plussers");
        var matches = test(dialog.matches);
        assertThat(matches.size()).isGreaterThanOrEqualTo(1);
        assertThat(matches.getCellText(0, 0)).isEqualTo("Mohamed Ouali");
        assertThat(matches.getCellText(0, 1)).isEqualTo("Past: Computer, maandagmiddag");
        matches.clickRow(0);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(((VolunteersView) getCurrentView()).form.name.getValue()).isEqualTo("Mohamed Ouali");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_is_told_that_only_an_admin_erases_a_volunteer_active_at_another_centre() {
        var ria = volunteerService.page(nude(), org.springframework.data.domain.Pageable.unpaged()).stream()
                .filter(r -> r.name().equals("Ria van den Berg")).findFirst().orElseThrow();
        var view = navigate("centres/" + NUDE + "/volunteers/" + ria.volunteerId(), VolunteersView.class);
        assertThat(view.privacy.erase.isVisible()).isFalse();
        assertThat(view.privacy.eraseNotAllowed.isVisible()).isTrue();
        assertThat(view.privacy.export.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_erases_after_typing_the_name_and_the_form_then_stays_read_only() {
        var details = new VolunteerDetails();
        details.setName("Wies Wissen");
        details.setDateOfBirth(LocalDate.of(1970, 1, 1));
        details.setStartDate(TestClock.TODAY);
        details.setStatus(VolunteerStatus.ACTIEF);
        long id = volunteerService.save(nude(), details).getVolunteerId();
        var view = navigate("centres/" + NUDE + "/volunteers/" + id, VolunteersView.class);

        test(view.privacy.erase).click();
        var dialog = $(EraseDialog.class).single();
        test(dialog.confirmation).setValue("Wies");
        test(dialog.confirm).click();
        assertThat(dialog.confirmation.isInvalid()).isTrue();
        assertThat(dialog.confirmation.getErrorMessage()).isEqualTo("De getypte naam komt niet overeen. Er is niets gewist.");
        assertThat(volunteerService.get(nude(), id).getName()).isEqualTo("Wies Wissen");

        test(dialog.confirmation).setValue("wies wissen");
        test(dialog.confirm).click();
        assertThat(volunteerService.get(nude(), id).isErased()).isTrue();

        var erased = navigate("centres/" + NUDE + "/volunteers/" + id, VolunteersView.class);
        assertThat(erased.form.name.getValue()).isEqualTo("Geanonimiseerde vrijwilliger #" + id);
        assertThat(erased.form.name.isReadOnly()).isTrue();
        assertThat(erased.form.save.isEnabled()).isFalse();
        assertThat(erased.form.erased.isVisible()).isTrue();
        assertThat(erased.privacy.erase.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_counts_per_centre_and_no_names() {
        var view = navigate(VolunteersOverviewView.class);
        var grid = test(view.grid);
        var rows = new java.util.HashMap<String, String>();
        for (int row = 0; row < grid.size(); row++) {
            rows.put(grid.getCellText(row, 0), grid.getCellText(row, 1));
        }
        assertThat(rows).containsKey("Huis van de Wijk De Nude").containsKey("Wijkcentrum De Pomhorst");
        assertThat(Long.parseLong(rows.get("Huis van de Wijk De Nude"))).isGreaterThanOrEqualTo(3);
        assertThat(view.total.getText()).startsWith("Totaal: ");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Ria van den Berg");
        assertThat(view.exports.getChildren().map(c -> c.getElement().getText()))
                .containsExactly("Uren " + view.year.getValue() + " (xlsx)", "Uren " + view.year.getValue() + " (csv)");
        view.year.setValue(view.year.getValue() - 1);
        assertThat(view.exports.getChildren().map(c -> c.getElement().getText()))
                .contains("Uren " + view.year.getValue() + " (csv)");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_does_not_open_the_municipal_counts() {
        navigate("volunteers/overview", RouteNotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sets_the_maximum_age_of_a_vog_and_a_wrong_number_is_refused_in_dutch() {
        var view = navigate(AllowanceLimitsView.class);
        test(view.vogSettings.vogMaxAgeYears).setValue(0);
        test(view.vogSettings.save).click();
        assertThat(view.vogSettings.vogMaxAgeYears.isInvalid()).isTrue();
        assertThat(view.vogSettings.vogMaxAgeYears.getErrorMessage())
                .isEqualTo("Vul een aantal jaren in van 1 tot en met 50.");

        test(view.vogSettings.vogMaxAgeYears).setValue(5);
        test(view.vogSettings.save).click();
        var again = navigate(AllowanceLimitsView.class);
        assertThat(again.vogSettings.vogMaxAgeYears.getValue()).isEqualTo(5);
    }
}
