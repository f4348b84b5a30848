package nl.ontmoet.base.security;

import nl.ontmoet.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 5, Duration.ofMinutes(1), Duration.ofMinutes(15));

    @Test
    void an_account_is_locked_at_the_limit_for_the_first_lock_and_free_again_after_it() {
        assertThat(throttle.failed("Anna", "10.0.0.1")).isFalse();
        assertThat(throttle.failed("anna", "10.0.0.2")).isFalse();
        assertThat(throttle.isLocked("anna", "10.0.0.3")).isFalse();

        assertThat(throttle.failed(" ANNA ", "10.0.0.3")).isTrue();

        assertThat(throttle.isLocked("anna", "10.0.0.9")).isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.isLocked("anna", "10.0.0.9")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("anna", "10.0.0.9")).isFalse();
    }

    @Test
    void each_failure_beyond_the_limit_doubles_the_wait_up_to_the_maximum() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("anna", null);
        }
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("anna", null);
        clock.advance(Duration.ofSeconds(119));
        assertThat(throttle.isLocked("anna", null)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("anna", null)).isFalse();

        for (int i = 0; i < 10; i++) {
            throttle.failed("anna", null);
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked("anna", null)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("anna", null)).isFalse();
    }

    @Test
    void one_address_trying_many_names_is_locked_for_every_name() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("name" + i, "10.0.0.1")).isFalse();
        }
        assertThat(throttle.failed("name5", "10.0.0.1")).isTrue();

        assertThat(throttle.isLocked("somebody-else", "10.0.0.1")).isTrue();
        assertThat(throttle.isLocked("somebody-else", "10.0.0.2")).isFalse();
    }

    @Test
    void the_right_password_clears_the_account_count_but_not_the_address_count() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        throttle.succeeded("ANNA");
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.isLocked("anna", "10.0.0.2")).isFalse();

        assertThat(throttle.failed("bert", "10.0.0.1")).as("fifth failure from the address").isTrue();
    }

    @Test
    void failures_long_ago_start_a_new_count() {
        throttle.failed("anna", null);
        throttle.failed("anna", null);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.failed("anna", null)).isFalse();
        assertThat(throttle.isLocked("anna", null)).isFalse();
    }

    @Test
    void a_name_that_was_never_seen_and_no_address_are_not_locked() {
        assertThat(throttle.isLocked(null, null)).isFalse();
        assertThat(throttle.isLocked("nobody", "10.0.0.1")).isFalse();
    }
}
