package nl.ontmoet.volunteer.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.schedule.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Every night, on one node of the cluster only, removes payment records whose retention period has ended. */
@Component
@RequiredArgsConstructor
public class RetentionPurgeJob {

    public static final String LOCK = "volunteer-retention-purge";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurgeJob.class);

    private final ClusterLock lock;
    private final PaymentRetentionService retention;

    /** Returns whether this node ran the purge (false: another node holds the lock or just ran it). */
    @Scheduled(cron = "${ontmoet.retention.purge-cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    public boolean run() {
        return lock.runExclusively(LOCK, Duration.ofHours(1), Duration.ofMinutes(10), () -> {
            int purged = retention.purgeEnded();
            log.info("Retention purge: payment records of {} erased volunteers removed", purged);
        });
    }
}
