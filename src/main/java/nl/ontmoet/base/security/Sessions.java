package nl.ontmoet.base.security;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The open sessions of each account. Roles are read at login, so when an account is blocked, its roles change or
 * its password is reset, its sessions end (once the change is committed) and the next request meets the login page.
 */
@Component
@RequiredArgsConstructor
public class Sessions {

    private final SessionRegistry registry;

    public void endAllOf(String username) {
        afterCommit(() -> expire(username, null));
    }

    /** After people change their own password: their sessions elsewhere end, the one they changed it in stays. */
    public void endOthersOf(String username) {
        var request = RequestContextHolder.getRequestAttributes();
        String keep = request == null ? null : request.getSessionId();
        afterCommit(() -> expire(username, keep));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private void expire(String username, String keepSessionId) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(keepSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
