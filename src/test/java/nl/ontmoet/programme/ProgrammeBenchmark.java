package nl.ontmoet.programme;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.centre.domain.Room;
import nl.ontmoet.centre.domain.RoomRepository;
import nl.ontmoet.programme.domain.Slot;
import nl.ontmoet.programme.service.ProgrammeCalendarService;
import nl.ontmoet.programme.service.SessionPlan;
import nl.ontmoet.programme.service.SessionPlanningService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 centres × 10 rooms × 5 years of twice-weekly sessions (260,000), generated inside MariaDB with its
 * sequence tables, then the service calls behind booking and the calendars are timed. Runs only with
 * {@code ./mvnw -Pbenchmark verify}; writes its figures to docs/benchmarks.md.
 */
@IntegrationTest
class ProgrammeBenchmark {

    private static final String COMMAND = "./mvnw -Pbenchmark verify -Dit.test=ProgrammeBenchmark";

    @Autowired JdbcTemplate jdbc;
    @Autowired SessionPlanningService planning;
    @Autowired ProgrammeCalendarService calendarService;
    @Autowired RoomRepository rooms;
    @Autowired UserDetailsService users;

    @Test
    void booking_checks_and_calendars_stay_fast_on_a_quarter_million_sessions() throws IOException {
        long startGenerate = System.nanoTime();
        LocalDate firstMonday = TestClock.TODAY.minusMonths(30).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        generate(firstMonday);
        long sessions = jdbc.queryForObject("select count(*) from activity_session", Long.class);
        double generateSeconds = (System.nanoTime() - startGenerate) / 1e9;
        assertThat(sessions).isGreaterThanOrEqualTo(250_000);

        List<Long> roomIds = jdbc.queryForList("""
                select r.id from room r join centre c on c.id = r.centre_id where c.slug like 'bench-centrum-%'
                order by r.id""", Long.class);
        List<Long> centreIds = jdbc.queryForList("select id from centre where slug like 'bench-centrum-%' order by id",
                Long.class);
        var random = new Random(42);
        LocalDate thisMonday = TestClock.TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        logIn("coordinator");
        // a new session on a weekday evening that is taken in half of the weeks: the check must find it or not
        var conflict = time(50, 300, i -> {
            long roomId = roomIds.get(random.nextInt(roomIds.size()));
            LocalDate day = thisMonday.plusWeeks(random.nextInt(100) - 50).plusDays(3);
            planning.findConflict(roomId, Slot.of(day, LocalTime.of(20, 0), LocalTime.of(22, 0), false), null);
        });

        List<Long> activityIds = jdbc.queryForList("""
                select a.id from activity a join centre c on c.id = a.centre_id where c.slug like 'bench-centrum-%'
                order by a.id""", Long.class);
        int[] next = {0};
        var series = time(2, 10, i -> {
            int n = next[0]++;
            Room room = rooms.findById(roomIds.get(n * 7 % roomIds.size())).orElseThrow();
            long activityId = activityIds.get(n * 7 % activityIds.size());
            // Tuesday afternoons are free in the generated data, so all 52 occurrences are created
            var result = planning.plan(SessionPlan.weekly(activityId, room, thisMonday.plusWeeks(1),
                    thisMonday.plusWeeks(1).plusYears(1).minusDays(1), Set.of(DayOfWeek.TUESDAY),
                    LocalTime.of(13, 0 + n % 4 * 10), LocalTime.of(13, 5 + n % 4 * 10)));
            assertThat(result.created()).isEqualTo(52);
        });

        var week = time(20, 100, i -> {
            LocalDate monday = thisMonday.plusWeeks(random.nextInt(20) - 10);
            calendarService.ofCentre(centreIds.get(random.nextInt(centreIds.size())), monday, monday.plusDays(7));
        });

        logIn("manager");
        int[] monthRows = {0};
        var month = time(5, 30, i -> {
            LocalDate from = TestClock.TODAY.withDayOfMonth(1).plusMonths(random.nextInt(12) - 6)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            monthRows[0] = calendarService.ofMunicipality(from, from.plusWeeks(6), null, null, null).size();
        });
        SecurityContextHolder.clearContext();

        assertThat(conflict.median()).isLessThan(20);
        assertThat(series.median()).isLessThan(1000);
        assertThat(week.median()).isLessThan(300);
        assertThat(month.median()).isLessThan(300);

        write(sessions, generateSeconds, conflict, series, week, month, monthRows[0]);
    }

    private void generate(LocalDate firstMonday) {
        jdbc.update("""
                insert into centre (version, name, slug, district, address, active)
                select 0, concat('Bench centrum ', seq), concat('bench-centrum-', seq), concat('Benchwijk ', seq % 10),
                       'Benchstraat 1', true from seq_1_to_50""");
        jdbc.update("""
                insert into centre_coordinator (centre_id, coordinator_id)
                select c.id, u.id from centre c join user_account u on u.username = 'coordinator'
                where c.slug like 'bench-centrum-%'""");
        jdbc.update("""
                insert into room (version, centre_id, name, capacity, bookable)
                select 0, c.id, concat('Zaal ', s.seq), 40, true from centre c join seq_1_to_10 s
                where c.slug like 'bench-centrum-%'""");
        jdbc.update("""
                insert into activity (version, centre_id, title, type, organiser_kind, expected_participants,
                                      is_public, archived)
                select 0, r.centre_id, concat('Bench activiteit ', r.id),
                       elt(1 + r.id % 8, 'ONTMOETING', 'CURSUS_WORKSHOP', 'SPORT_BEWEGEN', 'KINDERACTIVITEIT',
                           'SPREEKUUR', 'PARTICIPATION_EVENING', 'VERHUUR', 'OVERIG'),
                       'CENTRE', 20, r.id % 2 = 0, false
                from room r join centre c on c.id = r.centre_id where c.slug like 'bench-centrum-%'""");
        jdbc.update("""
                insert into activity_session (version, activity_id, room_id, starts_at, ends_at, cancelled)
                select 0, a.id, r.id,
                       timestamp(date_add(?, interval w.seq * 7 + d.day_offset day), d.starts),
                       timestamp(date_add(?, interval w.seq * 7 + d.day_offset day), d.ends), false
                from room r
                  join centre c on c.id = r.centre_id and c.slug like 'bench-centrum-%'
                  join activity a on a.title = concat('Bench activiteit ', r.id)
                  join seq_0_to_259 w
                  join (select 0 as day_offset, time '10:00' as starts, time '12:00' as ends
                        union all select 3, time '19:00', time '21:00') d""", firstMonday, firstMonday);
        jdbc.execute("analyze table activity_session, activity, room, centre");
    }

    private void logIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static Timing time(int warmUp, int runs, IntConsumer call) {
        for (int i = 0; i < warmUp; i++) {
            call.accept(i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.accept(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new Timing(runs, millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
    }

    record Timing(int runs, double median, double p95) {
        String row(String what, String target) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %s |", what, runs, median, p95, target);
        }
    }

    private static void write(long sessions, double generateSeconds, Timing conflict, Timing series, Timing week,
                              Timing month, int monthRows) throws IOException {
        String section = String.join("\n",
                "## Programme",
                "",
                "Command: `" + COMMAND + "` (embedded MariaDB, shared 2-core machine). Measured " + java.time.LocalDate.now(java.time.Clock.system(TestClock.ZONE)) + ".",
                "",
                String.format(Locale.ROOT, "Data: 50 centres × 10 rooms, 5 years of weekly sessions "
                        + "(every room on Mondays 10–12 and Thursdays 19–21): %,d sessions, "
                        + "generated in MariaDB with `INSERT ... SELECT` from `seq_0_to_259` in %.1f s.", sessions,
                        generateSeconds),
                "Times are server-side service calls after a warm-up.",
                "",
                "| what | runs | median | p95 | target |",
                "|---|---|---|---|---|",
                conflict.row("conflict check for one new session (`SessionPlanningService.findConflict`)", "< 20 ms"),
                series.row("weekly series of one year, 52 sessions, with room lock and checks (`SessionPlanningService.plan`)", "< 1 s"),
                week.row("week view of one centre, all rooms (`ProgrammeCalendarService.ofCentre`)", "< 300 ms"),
                month.row("municipality month view, no filter, ~" + monthRows + " sessions (`ofMunicipality`)", "< 300 ms"),
                "");
        Path file = Path.of("docs", "benchmarks.md");
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int start = existing.indexOf("## Programme");
        if (start >= 0) {
            int end = existing.indexOf("\n## ", start + 1);
            existing = existing.substring(0, start) + (end < 0 ? "" : existing.substring(end + 1));
        }
        if (!existing.endsWith("\n")) {
            existing += "\n";
        }
        Files.writeString(file, existing + "\n" + section);
    }
}
