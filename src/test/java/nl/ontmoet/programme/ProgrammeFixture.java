package nl.ontmoet.programme;

import nl.ontmoet.TestUsers;
import nl.ontmoet.account.domain.UserAccountRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.programme.domain.Activity;
import nl.ontmoet.programme.domain.ActivityRepository;
import nl.ontmoet.programme.domain.ActivitySession;
import nl.ontmoet.programme.domain.ActivitySessionRepository;
import nl.ontmoet.programme.domain.ActivityType;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Own, uniquely named centres for tests that commit, so they never collide with demo data or each other. */
record ProgrammeFixture(CentreRepository centres, RoomRepository rooms, UserAccountRepository accounts,
                        ActivityRepository activities, ActivitySessionRepository sessions,
                        TransactionTemplate transaction, TestUsers users, JdbcTemplate jdbc,
                        List<Long> created) {

    ProgrammeFixture(CentreRepository centres, RoomRepository rooms, UserAccountRepository accounts,
                     ActivityRepository activities, ActivitySessionRepository sessions,
                     TransactionTemplate transaction, TestUsers users, JdbcTemplate jdbc) {
        this(centres, rooms, accounts, activities, sessions, transaction, users, jdbc, new ArrayList<>());
    }

    /** Removes the centres made here with everything in them, so other tests see only the demo centres. */
    void cleanUp() {
        for (Long id : created) {
            String activitiesOf = "(select id from activity where centre_id = " + id + ")";
            jdbc.update("delete from activity_session where activity_id in " + activitiesOf
                    + " or room_id in (select id from room where centre_id = " + id + ")");
            jdbc.update("delete from session_series where activity_id in " + activitiesOf);
            jdbc.update("delete from activity where centre_id = " + id);
            jdbc.update("delete from closing_day where centre_id = " + id);
            jdbc.update("delete from room where centre_id = " + id);
            jdbc.update("delete from centre_coordinator where centre_id = " + id);
            jdbc.update("delete from centre where id = " + id);
        }
        created.clear();
    }

    Centre centre(String coordinator) {
        return transaction.execute(status -> {
            String name = "Testcentrum " + UUID.randomUUID();
            var centre = new Centre(name, "Testwijk " + name.substring(13, 17), "Teststraat 1");
            centre.assignSlug(Centre.slugFor(name));
            if (coordinator != null) {
                centre.setCoordinators(Set.of(accounts.findByUsername(coordinator).orElseThrow()));
            }
            var saved = centres.save(centre);
            created.add(saved.getId());
            return saved;
        });
    }

    Room room(Centre centre, String name, int capacity) {
        return transaction.execute(status -> rooms.save(new Room(centre, name, capacity)));
    }

    Activity activity(Centre centre, String title, ActivityType type, Integer expected, boolean isPublic) {
        return transaction.execute(status -> {
            var activity = new Activity(centre, title, type);
            activity.setExpectedParticipants(expected);
            activity.setPublicListed(isPublic);
            activity.setOrganiserContact("Geheim Contact 06-99999999");
            return activities.save(activity);
        });
    }

    ActivitySession session(Activity activity, Room room, LocalDateTime start, LocalDateTime end) {
        return transaction.execute(status -> sessions.save(new ActivitySession(activity, room, null, start, end)));
    }

    /** Runs as the given demo user on the current thread (for threads of concurrency tests). */
    void logInOnThisThread(String username) {
        users.logInOnThisThread(username);
    }
}
