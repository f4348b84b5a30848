package nl.ontmoet.centre;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.centre.service.RoomService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RoomServiceIT {

    @Autowired
    RoomService rooms;
    @Autowired
    RoomRepository roomRepository;
    @Autowired
    CentreRepository centres;
    @Autowired
    TransactionTemplate transaction;

    @Test
    @WithUserDetails("coordinator")
    void room_names_are_unique_within_a_centre_and_nothing_is_stored_on_refusal() {
        long nude = centres.findBySlug(CentreAccessIT.NUDE).orElseThrow().getId();
        long before = roomRepository.countByCentreId(nude);
        var duplicate = rooms.newRoom(nude);
        duplicate.setName("grote ZAAL");
        duplicate.setCapacity(10);
        assertThatThrownBy(() -> rooms.save(duplicate))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).getField()).contains("name"));
        assertThat(roomRepository.countByCentreId(nude)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("coordinator")
    void the_database_refuses_a_duplicate_room_name_that_slips_past_the_service() {
        var nude = centres.findBySlug(CentreAccessIT.NUDE).orElseThrow();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                roomRepository.saveAndFlush(new nl.ontmoet.centre.domain.Room(nude, "Keuken", 5))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_room_centre_name");
    }

    @Test
    @WithUserDetails("coordinator")
    void the_second_of_two_concurrent_edits_is_refused() {
        long nude = centres.findBySlug(CentreAccessIT.NUDE).orElseThrow().getId();
        var room = rooms.newRoom(nude);
        room.setName("Stiltekamer");
        room.setCapacity(6);
        var saved = rooms.save(room);

        var mine = roomRepository.findById(saved.getId()).orElseThrow();
        var theirs = roomRepository.findById(saved.getId()).orElseThrow();
        theirs.setCapacity(8);
        rooms.save(theirs);

        mine.setCapacity(4);
        assertThatThrownBy(() -> rooms.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(roomRepository.findById(saved.getId()).orElseThrow().getCapacity()).isEqualTo(8);

        rooms.delete(saved.getId());
        assertThat(roomRepository.findById(saved.getId())).isEmpty();
    }
}
