package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.notification.service.DueNotifications;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the demo data, the day's reminders as the daily job would store them, so the bell has something to show
 * before the first morning run. Repeating it adds nothing.
 */
@Component
@Profile("demo")
@Order(90)
@RequiredArgsConstructor
class NotificationDemoData implements ApplicationRunner {

    private final DueNotifications due;

    @Override
    public void run(ApplicationArguments args) {
        due.createDue();
    }
}
