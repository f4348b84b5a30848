package nl.ontmoet.base.schedule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Runs a scheduled task on one node of a cluster at a time, with a row per task in {@code scheduled_lock}. A node
 * takes the lock by moving {@code lock_until} forward only where it has passed (one UPDATE, so the database decides
 * between two nodes); it keeps the lock at least {@code atLeast}, so a node whose schedule fires a little later
 * skips the run instead of repeating it, and at most {@code atMost}, so a node that dies does not block it forever.
 * Statements run on their own (no surrounding transaction): the lock is visible to the other nodes at once.
 */
@Component
public class ClusterLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    public ClusterLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs the task if no other run holds the lock; returns whether it ran. */
    public boolean runExclusively(String name, Duration atMost, Duration atLeast, Runnable task) {
        var start = Instant.now(clock);
        jdbc.update("insert ignore into scheduled_lock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)",
                name, Timestamp.from(Instant.EPOCH.plusSeconds(86_400)), Timestamp.from(start), node);
        int taken = jdbc.update("""
                update scheduled_lock set lock_until = ?, locked_at = ?, locked_by = ?
                where name = ? and lock_until <= ?""",
                Timestamp.from(start.plus(atMost)), Timestamp.from(start), node, name, Timestamp.from(start));
        if (taken == 0) {
            return false;
        }
        try {
            task.run();
        } finally {
            var end = Instant.now(clock);
            var until = start.plus(atLeast).isAfter(end) ? start.plus(atLeast) : end;
            jdbc.update("update scheduled_lock set lock_until = ? where name = ? and locked_by = ?",
                    Timestamp.from(until), name, node);
        }
        return true;
    }
}
