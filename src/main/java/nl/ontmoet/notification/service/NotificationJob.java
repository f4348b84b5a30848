package nl.ontmoet.notification.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.schedule.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Every morning, on one node of the cluster only, stores the day's reminders ({@link DueNotifications}). */
@Component
@RequiredArgsConstructor
public class NotificationJob {

    public static final String LOCK = "notifications-due";
    private static final Logger log = LoggerFactory.getLogger(NotificationJob.class);

    private final ClusterLock lock;
    private final DueNotifications due;

    /** Returns whether this node ran the job (false: another node holds the lock or just ran it). */
    @Scheduled(cron = "${ontmoet.notifications.cron:0 15 6 * * *}", zone = "Europe/Amsterdam")
    public boolean run() {
        return lock.runExclusively(LOCK, Duration.ofHours(1), Duration.ofMinutes(10), () -> {
            int stored = due.createDue();
            log.info("Notifications: {} reminders stored", stored);
        });
    }
}
