package nl.ontmoet.centre.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import nl.ontmoet.base.ui.NotFoundView;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.centre.domain.CentreRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class CentreViewsTest extends SpringBrowserlessTest {

    private static final String NUDE = "huis-van-de-wijk-de-nude";
    private static final String POMHORST = "wijkcentrum-de-pomhorst";

    @Autowired
    RoomRepository rooms;
    @Autowired
    CentreRepository centres;

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_lists_only_their_own_centres() {
        var view = navigate(CentresView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator")
    void opening_another_centre_by_its_address_shows_not_found() {
        navigate("centres/" + POMHORST + "/rooms", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_adds_a_room_and_bad_input_is_refused_at_the_field() {
        var view = navigate(RoomsView.class, Map.of("centre", NUDE));
        long nude = centres.findBySlug(NUDE).orElseThrow().getId();
        long before = rooms.countByCentreId(nude);

        test(view.create).click();
        test(view.form.name).setValue("");
        test(view.form.save).click();
        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.capacity.isInvalid()).isTrue();
        assertThat(rooms.countByCentreId(nude)).isEqualTo(before);

        test(view.form.name).setValue("Keuken");
        test(view.form.capacity).setValue(10);
        test(view.form.save).click();
        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Dit centrum heeft al een ruimte met de naam Keuken.");
        assertThat(rooms.countByCentreId(nude)).isEqualTo(before);

        test(view.form.name).setValue("Tuinkamer");
        test(view.form.save).click();
        assertThat(rooms.countByCentreId(nude)).isEqualTo(before + 1);
        assertThat(view.form.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo((int) before + 1);
    }

    @Test
    @WithUserDetails("coordinator")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_room_changed_by_someone_else_meanwhile_is_not_overwritten_and_the_input_stays() {
        var view = navigate(RoomsView.class, Map.of("centre", NUDE));
        var room = rooms.findByCentreIdOrderByName(centres.findBySlug(NUDE).orElseThrow().getId()).stream()
                .filter(r -> r.getName().equals("Vergaderkamer")).findFirst().orElseThrow();
        view.grid.select(room);
        test(view.form.capacity).setValue(14);

        var meanwhile = rooms.findById(room.getId()).orElseThrow();
        meanwhile.setCapacity(11);
        rooms.save(meanwhile);

        test(view.form.save).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Dit is intussen gewijzigd door iemand anders.");
        assertThat(view.form.capacity.getValue()).isEqualTo(14);
        assertThat(view.form.isVisible()).isTrue();
        assertThat(rooms.findById(room.getId()).orElseThrow().getCapacity()).isEqualTo(11);

        meanwhile = rooms.findById(room.getId()).orElseThrow();
        meanwhile.setCapacity(12);
        rooms.save(meanwhile);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_rooms_read_only() {
        var view = navigate(RoomsView.class, Map.of("centre", POMHORST));
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_centre_and_a_duplicate_name_is_refused_at_the_field() {
        var view = navigate(CentresView.class);
        int before = test(view.grid).size();

        test(view.create).click();
        var form = $(CentreForm.class).single();
        test(form.name).setValue("Buurthuis Ons Huis");
        test(form.district).setValue("Centrum");
        test(form.address).setValue("Markt 18");
        test(form.save).click();
        assertThat(form.name.getErrorMessage()).isEqualTo("Er bestaat al een centrum met de naam Buurthuis Ons Huis.");
        assertThat($(Dialog.class).single().isOpened()).isTrue();

        test(form.name).setValue("Buurthuis De Brug");
        test(form.save).click();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        assertThat(centres.findBySlug("buurthuis-de-brug")).isPresent();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Buurthuis De Brug is opgeslagen.");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_edits_the_details_of_their_centre_but_not_its_coordinators() {
        var view = navigate(CentreView.class, Map.of("centre", NUDE));
        assertThat(view.form.coordinators.isReadOnly()).isTrue();
        assertThat(view.form.active.isReadOnly()).isTrue();
        test(view.form.openingHours).setValue("ma–za 8:30–21:00");
        test(view.form.save).click();
        assertThat(centres.findBySlug(NUDE).orElseThrow().getOpeningHours()).isEqualTo("ma–za 8:30–21:00");
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_sees_a_coachees_centre_read_only() {
        var view = navigate(CentreView.class, Map.of("centre", NUDE));
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.name.isReadOnly()).isTrue();
    }
}
