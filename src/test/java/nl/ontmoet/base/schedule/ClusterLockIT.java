package nl.ontmoet.base.schedule;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer: each node has its own {@link ClusterLock} (its
 * own node id) and its own connections. When their schedules fire at the same moment, the job runs once per cluster.
 */
@IntegrationTest
class ClusterLockIT {

    private static final String JOB = "cluster-lock-it";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from scheduled_lock where name = ?", JOB);
        clock.reset();
    }

    @Test
    void a_job_fired_on_two_nodes_at_once_runs_once() throws Exception {
        var nodeA = new ClusterLock(jdbc, clock);
        var nodeB = new ClusterLock(jdbc, clock);
        var runs = new AtomicInteger();
        Runnable job = () -> {
            runs.incrementAndGet();
            sleep(200);
        };

        for (int round = 0; round < 5; round++) {
            var start = new CountDownLatch(1);
            List<Callable<Boolean>> nodes = List.of(
                    () -> fireAt(start, nodeA, job), () -> fireAt(start, nodeB, job));
            try (var pool = Executors.newFixedThreadPool(2)) {
                List<Future<Boolean>> fired = new ArrayList<>();
                nodes.forEach(node -> fired.add(pool.submit(node)));
                start.countDown();
                long ran = 0;
                for (var result : fired) {
                    ran += result.get() ? 1 : 0;
                }
                assertThat(ran).as("nodes that ran the job in round %d", round).isEqualTo(1);
            }
            // the next night: the lock has passed
            clock.advance(Duration.ofDays(1));
        }
        assertThat(runs).hasValue(5);
    }

    @Test
    void the_other_node_skips_while_the_lock_holds_and_runs_once_it_has_passed() {
        var nodeA = new ClusterLock(jdbc, clock);
        var nodeB = new ClusterLock(jdbc, clock);
        var runs = new AtomicInteger();

        assertThat(nodeA.runExclusively(JOB, Duration.ofHours(1), Duration.ofMinutes(10), runs::incrementAndGet)).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(nodeB.runExclusively(JOB, Duration.ofHours(1), Duration.ofMinutes(10), runs::incrementAndGet)).isFalse();
        clock.advance(Duration.ofMinutes(6));
        assertThat(nodeB.runExclusively(JOB, Duration.ofHours(1), Duration.ofMinutes(10), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    private static boolean fireAt(CountDownLatch start, ClusterLock node, Runnable job) throws InterruptedException {
        start.await();
        return node.runExclusively(JOB, Duration.ofMinutes(30), Duration.ofMinutes(10), job);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
