package nl.ontmoet.base.schedule;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs; each takes a {@link ClusterLock} so that it runs on one node only. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
