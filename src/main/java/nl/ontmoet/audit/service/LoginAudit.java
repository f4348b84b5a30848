package nl.ontmoet.audit.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.base.security.LoginLocked;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.time.Clock;

/** Every login, failed login, lock and logout is a line in the audit trail, with the client's address. */
@Component
@RequiredArgsConstructor
class LoginAudit {

    static final String ENTITY = "Login";
    private static final int MAX_NAME = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @EventListener
    void loggedIn(AuthenticationSuccessEvent success) {
        write(AuditAction.LOGIN, success.getAuthentication());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        write(AuditAction.LOGIN_FAIL, failure.getAuthentication());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent logout) {
        write(AuditAction.LOGOUT, logout.getAuthentication());
    }

    @EventListener
    void locked(LoginLocked locked) {
        write(AuditAction.LOCKED, locked.username(), locked.address());
    }

    private void write(AuditAction action, Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        write(action, authentication.getName(), address);
    }

    private void write(AuditAction action, String username, String address) {
        String name = username == null ? "" : username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
        jdbc.execute((Connection connection) -> {
            AuditWriter.write(connection, clock, name, action, ENTITY, null, address == null ? null : "adres: " + address);
            return null;
        });
    }
}
