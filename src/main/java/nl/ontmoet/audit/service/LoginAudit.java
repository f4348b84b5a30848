package nl.ontmoet.audit.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.audit.domain.AuditAction;
import nl.ontmoet.base.security.LoginLocked;
import nl.ontmoet.base.security.LoginNames;
import nl.ontmoet.base.security.OntmoetPrincipal;
import nl.ontmoet.base.security.SingleSignOnRefused;
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
        var authentication = success.getAuthentication();
        boolean viaProvider = authentication.getPrincipal() instanceof OntmoetPrincipal principal && principal.viaSingleSignOn();
        write(AuditAction.LOGIN, authentication.getName(), address(authentication), viaProvider ? "single sign-on" : null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        String refusal = failure.getException() instanceof SingleSignOnRefused refused
                ? "single sign-on geweigerd: " + refused.reason().code() : null;
        write(AuditAction.LOGIN_FAIL, LoginNames.attempted(failure), address(failure.getAuthentication()), refusal);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent logout) {
        write(AuditAction.LOGOUT, logout.getAuthentication().getName(), address(logout.getAuthentication()), null);
    }

    @EventListener
    void locked(LoginLocked locked) {
        write(AuditAction.LOCKED, locked.username(), locked.address(), null);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private void write(AuditAction action, String username, String address, String how) {
        String name = username == null ? "" : username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
        String detail = address == null ? how : how == null ? "adres: " + address : "adres: " + address + "; " + how;
        jdbc.execute((Connection connection) -> {
            AuditWriter.write(connection, clock, name, action, ENTITY, null, detail);
            return null;
        });
    }
}
