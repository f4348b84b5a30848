package nl.ontmoet.centre;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.service.CentreFilter;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.service.CentreSummary;
import nl.ontmoet.centre.service.RoomService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who sees and changes which centre, asked of the services directly as a URL-guesser would. */
@IntegrationTest
@Transactional
class CentreAccessIT {

    static final String NUDE = "huis-van-de-wijk-de-nude";
    static final String ONS_HUIS = "buurthuis-ons-huis";
    static final String POMHORST = "wijkcentrum-de-pomhorst";
    static final String TONGELRE = "ontmoetingscentrum-tongelre";

    @Autowired
    CentreService centres;
    @Autowired
    RoomService rooms;
    @Autowired
    CentreRepository centreRepository;

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_sees_only_the_centres_assigned_to_them() {
        assertThat(slugs()).containsExactly(ONS_HUIS, NUDE);
        assertThat(centres.get(NUDE).getName()).isEqualTo("Huis van de Wijk De Nude");
        assertThatThrownBy(() -> centres.get(POMHORST)).isInstanceOf(RecordNotFoundException.class);
        long pomhorstId = idOf(POMHORST);
        assertThatThrownBy(() -> centres.get(pomhorstId)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rooms.all(pomhorstId)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_cannot_change_another_centre_or_its_rooms() {
        var pomhorst = centreRepository.findBySlug(POMHORST).orElseThrow();
        pomhorst.setName("Overgenomen");
        assertThatThrownBy(() -> centres.update(pomhorst)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rooms.save(new Room(pomhorst, "Stiekem", 10)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rooms.newRoom(pomhorst.getId())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // edits detached copies, as the screens do
    void a_coordinator_edits_their_own_centre_but_not_its_coordinators_or_status() {
        var nude = centres.get(NUDE);
        nude.setOpeningHours("dagelijks 8:00–23:00");
        var saved = centres.update(nude);
        assertThat(saved.getOpeningHours()).isEqualTo("dagelijks 8:00–23:00");

        var again = centres.get(NUDE);
        again.setActive(false);
        assertThatThrownBy(() -> centres.update(again))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("centre.error.adminOnly");

        var third = centres.get(NUDE);
        third.setCoordinators(java.util.Set.of());
        assertThatThrownBy(() -> centres.update(third)).isInstanceOf(BusinessRuleException.class);
        assertThat(centres.get(NUDE).isActive()).isTrue();
        assertThat(centres.get(NUDE).getCoordinators()).isNotEmpty();
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_cannot_create_centres() {
        assertThatThrownBy(() -> centres.create(new Centre("Nieuw", "Wijk", "Straat 1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_reads_the_centres_of_their_coachees_only() {
        assertThat(slugs()).containsExactly(ONS_HUIS, NUDE);
        assertThat(centres.canEditDetails(centres.get(NUDE))).isFalse();
        assertThatThrownBy(() -> centres.get(POMHORST)).isInstanceOf(RecordNotFoundException.class);
        var nude = centres.get(NUDE);
        nude.setName("Door de coach hernoemd");
        assertThatThrownBy(() -> centres.update(nude)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_every_centre_and_changes_none() {
        assertThat(slugs()).contains(NUDE, ONS_HUIS, POMHORST, TONGELRE);
        var tongelre = centres.get(TONGELRE);
        assertThat(centres.canEditDetails(tongelre)).isFalse();
        tongelre.setDistrict("Ergens");
        assertThatThrownBy(() -> centres.update(tongelre)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_centres_with_unique_names_and_slugs() {
        var created = centres.create(new Centre("Huis van de Wijk Noord", "Noord", "Noordweg 1"));
        assertThat(created.getSlug()).isEqualTo("huis-van-de-wijk-noord");

        assertThatThrownBy(() -> centres.create(new Centre("huis van de wijk noord", "Noord", "Noordweg 2")))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).contains("name"));
    }

    @Test
    @WithUserDetails("admin")
    void centre_filters_and_sorting_run_in_the_database() {
        var page = centres.search(new CentreFilter("oost", false), PageRequest.of(0, 10, Sort.by("name")));
        assertThat(page.getContent()).extracting(CentreSummary::slug).containsExactly(POMHORST);
        assertThat(page.getContent().getFirst().coordinatorNames()).isEqualTo("Fatima El Amrani");
        assertThat(page.getContent().getFirst().roomCount()).isEqualTo(3);

        var sorted = centres.search(CentreFilter.all(), PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "name")));
        assertThat(sorted.getContent()).extracting(CentreSummary::slug).containsExactly(POMHORST, TONGELRE);
        assertThat(sorted.getTotalElements()).isGreaterThanOrEqualTo(4);
    }

    private java.util.List<String> slugs() {
        return centres.search(CentreFilter.all(), PageRequest.of(0, 50, Sort.by("name")))
                .map(CentreSummary::slug).toList();
    }

    private long idOf(String slug) {
        return centreRepository.findBySlug(slug).orElseThrow().getId();
    }
}
