package nl.ontmoet;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clock of every test: fixed on a Monday morning in Amsterdam, so that no test depends on the date it runs on.
 * A test that moves it puts it back with {@link #reset()} (all tests of a JVM share one Spring context).
 */
@Primary
@Component
public class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final LocalDateTime START = LocalDateTime.of(2026, 11, 16, 10, 0);
    public static final LocalDate TODAY = START.toLocalDate();
    public static final Instant NOW = START.atZone(ZONE).toInstant();

    private volatile Instant now = NOW;

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    public void set(LocalDateTime localTime) {
        now = localTime.atZone(ZONE).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        set(START);
    }
}
