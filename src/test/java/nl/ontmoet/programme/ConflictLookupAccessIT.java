package nl.ontmoet.programme;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestUsers;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.programme.domain.Slot;
import nl.ontmoet.programme.service.SessionPlanningService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conflict check names another booking of the room: only for those who may read the room's centre. */
@IntegrationTest
class ConflictLookupAccessIT {

    @Autowired SessionPlanningService planning;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;

    @Test
    void another_centres_coordinator_learns_nothing_about_its_bookings_by_room_id() {
        var booking = jdbc.queryForMap("""
                select s.id, s.room_id, s.starts_at, s.ends_at from activity_session s
                join activity a on a.id = s.activity_id join centre c on c.id = a.centre_id
                where c.slug = 'huis-van-de-wijk-de-nude' and s.cancelled = false order by s.id limit 1""");
        long room = ((Number) booking.get("room_id")).longValue();
        var start = ((java.sql.Timestamp) booking.get("starts_at")).toLocalDateTime();
        LocalDateTime end = ((java.sql.Timestamp) booking.get("ends_at")).toLocalDateTime();
        var slot = Slot.of(start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), !end.toLocalDate().equals(start.toLocalDate()));

        assertThat(users.as("coordinator", () -> planning.findConflict(room, slot, null))).isPresent();
        assertThatThrownBy(() -> users.as("coordinator2", () -> planning.findConflict(room, slot, null)))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
