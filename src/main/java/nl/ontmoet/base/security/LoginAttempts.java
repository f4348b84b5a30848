package nl.ontmoet.base.security;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds the outcome of every password check to the throttle, and announces a lock so that it is audited. */
@Component
@RequiredArgsConstructor
class LoginAttempts {

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        String username = LoginNames.attempted(failure);
        String address = address(failure.getAuthentication().getDetails());
        if (throttle.failed(username, address)) {
            events.publishEvent(new LoginLocked(username, address));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent success) {
        throttle.succeeded(success.getAuthentication().getName());
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
