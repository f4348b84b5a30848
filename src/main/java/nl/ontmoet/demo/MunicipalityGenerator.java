package nl.ontmoet.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty database with a realistic municipality ({@code generator/municipality.sql}): centres, rooms, staff
 * accounts that can log in, ten years of bookkeeping, programme, volunteers, subsidies and coaching. Every statement
 * is an {@code INSERT ... SELECT} from MariaDB's sequence tables; the same seed and scale give the same data.
 * The staff accounts are {@code coordinator1..n}, {@code coach1..n} and {@code manager1..n}, all with password
 * {@link #PASSWORD}.
 */
public final class MunicipalityGenerator {

    public static final String PASSWORD = "load";
    static final int FIRST_YEAR = 2017;
    static final int LAST_YEAR = 2026;
    /** The fixed "today" of the generated data, so that the data does not depend on the day it is made. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Logger log = LoggerFactory.getLogger(MunicipalityGenerator.class);
    private static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public MunicipalityGenerator(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Generates into an empty database; refuses one that already has centres. */
    public void generate(GeneratorScale scale, long seed) {
        Long centres = jdbc.queryForObject("select count(*) from centre", Long.class);
        if (centres != null && centres > 0) {
            throw new IllegalStateException("The database already has " + centres + " centres: generate into an empty one");
        }
        String script = fill(read(), placeholders(scale, seed));
        long start = System.nanoTime();
        for (String statement : script.split(";\\s*\\n")) {
            String sql = withoutComments(statement);
            if (sql.isBlank()) {
                continue;
            }
            long started = System.nanoTime();
            int rows = 0;
            if (sql.startsWith("ANALYZE")) {
                jdbc.execute(sql);
            } else {
                rows = jdbc.update(sql);
            }
            log.info("{} rows in {} ms: {}", rows, (System.nanoTime() - started) / 1_000_000,
                    sql.lines().findFirst().orElse(""));
        }
        writeLetters();
        log.info("Generated scale {} with seed {} in {} s", scale, seed, (System.nanoTime() - start) / 1_000_000_000);
    }

    /** The decision letter of every decided application, a grant or a rejection. */
    private void writeLetters() {
        List<Object[]> letters = jdbc.query("""
                select id, status, date(decided_at) from subsidy_application
                where created_by = 'generator' and status in ('GRANTED', 'REPORTED', 'SETTLED', 'REJECTED')
                order by id""", (row, n) -> {
            boolean rejected = "REJECTED".equals(row.getString(2));
            long id = row.getLong(1);
            return new Object[]{id, rejected ? "REJECTION" : "GRANT", "GEN-" + id, row.getDate(3),
                    (rejected ? "afwijzing" : "beschikking") + "-GEN-" + id + ".pdf",
                    MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII)};
        });
        jdbc.batchUpdate("""
                insert into subsidy_letter (version, application_id, kind, reference, sent_on, file_name, content,
                                            created_by, created_at)
                values (0, ?, ?, ?, ?, ?, ?, 'generator', '2026-11-30 12:00:00')""", letters);
        log.info("{} letters", letters.size());
    }

    /** Row counts of the main tables, for the log and the tests. */
    public Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : new String[]{"centre", "room", "user_account", "ledger_entry", "activity_session",
                "volunteer", "volunteer_hours", "volunteer_payment", "subsidy_application", "subsidy_letter",
                "coaching_session"}) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private Map<String, String> placeholders(GeneratorScale scale, long seed) {
        int weeksOfSessions = Math.max(1, scale.sessions() / scale.rooms() / 2);
        LocalDate sessionsFrom = LocalDate.of(2026, 11, 30).minusWeeks(weeksOfSessions / 2);
        var values = new LinkedHashMap<String, Object>();
        values.put("seed", seed);
        values.put("centres", scale.centres());
        values.put("roomsPerCentre", scale.roomsPerCentre());
        values.put("rooms", scale.rooms());
        values.put("coordinators", scale.coordinators());
        values.put("coaches", scale.coaches());
        values.put("managers", scale.managers());
        values.put("ledger", scale.ledgerEntries());
        values.put("sessions", scale.sessions());
        values.put("activitiesPerCentre", scale.activitiesPerCentre());
        values.put("volunteers", scale.volunteers());
        values.put("applications", scale.applications());
        values.put("coaching", scale.coachingSessions());
        values.put("firstYear", FIRST_YEAR);
        values.put("lastYear", LAST_YEAR);
        values.put("years", LAST_YEAR - FIRST_YEAR + 1);
        values.put("days", ChronoUnit.DAYS.between(LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(LAST_YEAR + 1, 1, 1)));
        values.put("sessionsFrom", sessionsFrom);
        values.put("hoursFrom", TODAY.withDayOfMonth(1).minusMonths(23));
        values.put("paymentsFrom", TODAY.withDayOfYear(1));
        values.put("today", TODAY);
        values.put("created", "2026-11-30 12:00:00");
        values.put("hash", passwordEncoder.encode(PASSWORD));
        var strings = new LinkedHashMap<String, String>();
        values.forEach((key, value) -> strings.put(key, value.toString()));
        return strings;
    }

    private static String fill(String script, Map<String, String> values) {
        String filled = script;
        for (var value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static String withoutComments(String statement) {
        return String.join("\n", Arrays.stream(statement.split("\n"))
                .filter(line -> !line.stripLeading().startsWith("--")).toList()).strip();
    }

    private static String read() {
        try {
            return new ClassPathResource("generator/municipality.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
